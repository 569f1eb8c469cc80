import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMeetingInput } from '../../../electron/core/meetings/meeting-input';
import { findLinkCandidates } from '../../../electron/core/meetings/link-candidates';

const refusalOf = (input: string): Error & { code?: string } => {
  try {
    parseMeetingInput(input);
  } catch (error) {
    return error as Error & { code?: string };
  }
  throw new Error(`accepted ${JSON.stringify(input)}`);
};

describe('a link that ends a sentence', () => {
  it.each([
    ['Join at meet.google.com/abc-mnop-xyz.', 'abc-mnop-xyz'],
    ['See https://meet.google.com/abc-mnop-xyz, thanks', 'abc-mnop-xyz'],
    ['https://meet.google.com/abc-mnop-xyz!', 'abc-mnop-xyz'],
    ['Room: https://meet.google.com/abc-mnop-xyz;', 'abc-mnop-xyz'],
    ['Ready? https://meet.google.com/abc-mnop-xyz?', 'abc-mnop-xyz'],
    ['https://meet.google.com/abc-mnop-xyz...', 'abc-mnop-xyz'],
    ['"https://meet.google.com/abc-mnop-xyz".', 'abc-mnop-xyz'],
    ["'https://meet.google.com/abc-mnop-xyz'", 'abc-mnop-xyz'],
    ['(see https://meet.google.com/abc-mnop-xyz)', 'abc-mnop-xyz'],
    ['(see https://meet.google.com/abc-mnop-xyz).', 'abc-mnop-xyz'],
    ['https://meet.google.com/abc-mnop-xyz?authuser=1&amp;', 'abc-mnop-xyz'],
  ])('%j → %s', (input, code) => {
    expect(parseMeetingInput(input)).toBe(code);
  });
});

describe('GFM autolink trailing punctuation (cmark-gfm autolink_delim)', () => {
  it.each([
    ['www.example.com/a_b.', 'www.example.com/a_b'],
    ['https://example.com/path?x=1!', 'https://example.com/path?x=1'],
    ['https://example.com/wiki/Foo_(bar)', 'https://example.com/wiki/Foo_(bar)'],
    ['(https://example.com/wiki/Foo_(bar))', 'https://example.com/wiki/Foo_(bar)'],
    ['https://example.com/search?q=Markup+(business)))', 'https://example.com/search?q=Markup+(business)'],
    ['https://example.com/search?q=(business))+ok', 'https://example.com/search?q=(business))+ok'],
    ['https://example.com/a)b)', 'https://example.com/a)b'],
    ['https://example.com/search?q=x&hl=en&amp;', 'https://example.com/search?q=x&hl=en'],
    ['https://example.com/a;', 'https://example.com/a'],
    ['https://example.com/*a*_~', 'https://example.com/*a'],
    ['<https://example.com/a>', 'https://example.com/a'],
  ])('%j is the link %j', (text, link) => {
    const links = findLinkCandidates(text.startsWith('www.') ? `https://${text}` : text).map((c) => c.text);
    expect(links).toEqual([text.startsWith('www.') ? `https://${link}` : link]);
  });
});

describe('what people paste', () => {
  it.each([
    // Chat apps
    ['Slack', '<https://meet.google.com/abc-mnop-xyz|meet.google.com/abc-mnop-xyz>'],
    ['Slack, labelled', 'join <https://meet.google.com/abc-mnop-xyz|standup> now'],
    ['Discord (no embed)', 'call: <https://meet.google.com/abc-mnop-xyz>'],
    ['WhatsApp bold', '*https://meet.google.com/abc-mnop-xyz*'],
    ['WhatsApp italic', '_meet.google.com/abc-mnop-xyz_'],
    ['Telegram strike', '~https://meet.google.com/abc-mnop-xyz~'],
    ['Teams quote', '> https://meet.google.com/abc-mnop-xyz'],
    // Markdown and HTML invites
    ['Markdown link', '[Standup](https://meet.google.com/abc-mnop-xyz "Daily").'],
    ['Markdown angle link', '[Standup](<https://meet.google.com/abc-mnop-xyz>)'],
    ['Markdown code span', 'Link: `https://meet.google.com/abc-mnop-xyz`'],
    ['HTML anchor', '<a href="https://meet.google.com/abc-mnop-xyz?hs=122&amp;authuser=0">Join with Google Meet</a>'],
    ['HTML anchor, single quotes', "<a href='https://meet.google.com/abc-mnop-xyz'>Join</a>"],
    ['Calendar redirect', '<a href="https://www.google.com/url?q=https://meet.google.com/abc-mnop-xyz&amp;sa=D&amp;source=calendar">Join</a>'],
    ['Calendar text', 'Join with Google Meet\nmeet.google.com/abc-mnop-xyz\nMore phone numbers: https://tel.meet/abc-mnop-xyz?pin=123'],
    // Other scripts
    ['Japanese', '会議はこちら：https://meet.google.com/abc-mnop-xyz。よろしくお願いします'],
    ['Japanese, no space after', 'リンクhttps://meet.google.com/abc-mnop-xyzです'],
    ['Japanese brackets', '「meet.google.com/abc-mnop-xyz」'],
    ['Chinese', '会议链接：meet.google.com/abc-mnop-xyz，请准时参加！'],
    ['Chinese code', '会议代码abc-mnop-xyz。'],
    ['Arabic', 'انضم: https://meet.google.com/abc-mnop-xyz، شكرا'],
    ['French quotes', 'Rejoindre « https://meet.google.com/abc-mnop-xyz » !'],
    ['German quotes', '„https://meet.google.com/abc-mnop-xyz“'],
    ['Russian', 'Ссылка: https://meet.google.com/abc-mnop-xyz…'],
    ['Hindi', 'बैठक: https://meet.google.com/abc-mnop-xyz।'],
    ['emoji', '📞https://meet.google.com/abc-mnop-xyz🎉'],
    ['upper case', 'HTTPS://MEET.GOOGLE.COM/ABC-MNOP-XYZ'],
  ])('%s', (_form, input) => {
    expect(parseMeetingInput(input)).toBe('abc-mnop-xyz');
  });
});

describe('meeting codes are letter groups joined by hyphens, up to 128 characters', () => {
  it.each([
    ['abcd-efgh-ijkl', 'abcd-efgh-ijkl'],
    ['https://meet.google.com/abcd-efgh-ijkl', 'abcd-efgh-ijkl'],
    ['code: abcd-efgh-ijkl.', 'abcd-efgh-ijkl'],
    ['ABCD-EFGH-IJKL', 'abcd-efgh-ijkl'],
    [`${'a'.repeat(60)}-${'b'.repeat(67)}`, `${'a'.repeat(60)}-${'b'.repeat(67)}`],
    // Ten letters typed without dashes
    ['GCCRNACNJC', 'gcc-rnac-njc'],
    ['  gccrnacnjc  ', 'gcc-rnac-njc'],
    // The common shape wins over hyphenated words in running text
    ['A state-of-the-art sync: abc-mnop-xyz', 'abc-mnop-xyz'],
  ])('%j → %s', (input, code) => {
    expect(parseMeetingInput(input)).toBe(code);
  });

  it.each([`${'a'.repeat(64)}-${'b'.repeat(64)}`, 'GCCRNACNJCX', 'GCCRNACNJ', 'well-known words only', 'abc-mnop-xyz.com'])('refuses %j', (input) => {
    expect(refusalOf(input).code).toBe('INVALID_MEETING_CODE');
  });
});

describe('Meet links that are not a meeting say what they are', () => {
  it.each([
    ['https://meet.google.com/landing', /home page/],
    ['https://meet.google.com/', /home page/],
    ['meet.google.com', /home page/],
    ['https://meet.google.com/new', /starting a new meeting/],
    ['Start one at https://meet.google.com/new.', /starting a new meeting/],
    ['https://meet.google.com/lookup/abcdefghij?authuser=0', /nickname link/],
    ['https://meet.google.com/abc-mnop-xyz/extra', /no meeting code/],
  ])('%j', (input, what) => {
    const error = refusalOf(input);
    expect(error.code).toBe('INVALID_MEETING_CODE');
    expect(error.message).toMatch(what);
    expect(error.message).not.toMatch(/not a https:\/\/meet\.google\.com link/);
  });
});

describe('look-alikes stay refused', () => {
  it.each([
    'https://meet.google.com.evil.com/abc-mnop-xyz.',
    'https://meet.gооgle.com/abc-mnop-xyz', // Cyrillic о
    'https://meet.xn--ggle-55da.com/abc-mnop-xyz',
    'https://meet.google.com．evil.com/abc-mnop-xyz', // full-width dot, which URL parsers read as "."
    'https://evil.com\\@meet.google.com/abc-mnop-xyz',
    'https://meet.google.com@evil.com/abc-mnop-xyz',
    'https://user:pass@meet.google.com/abc-mnop-xyz',
    'https://meet.google.com:443@evil.com/abc-mnop-xyz',
    'user@meet.google.com/abc-mnop-xyz',
    'https://evil.com/meet.google.com/abc-mnop-xyz',
    'https://evil.com/url?q=https://meet.google.com/abc-mnop-xyz',
    'https://www.google.com/url?q=https://meet.google.com.evil.com/abc-mnop-xyz',
    'https://evil.com/abc-mnop-xyz',
    'https://evil.com/x?next=meet.google.com/abc-mnop-xyz',
  ])('%j', (input) => {
    expect(refusalOf(input).code).toBe('INVALID_MEETING_CODE');
  });
});

// ---- Property: generated valid codes and links survive any surrounding text and punctuation ----

const letters = (min: number, max: number) => fc.stringMatching(new RegExp(`^[a-z]{${min},${max}}$`));
/** Codes as Google documents them: letter groups joined by hyphens, ≤ 128 characters. */
const code = fc
  .oneof(
    fc.tuple(letters(3, 3), letters(4, 4), letters(3, 3)),
    fc.array(letters(1, 12), { minLength: 3, maxLength: 6 }),
  )
  .map((groups) => groups.join('-'))
  .filter((c) => c.length <= 128);
const link = fc.tuple(
  code,
  fc.constantFrom('https://meet.google.com/', 'http://meet.google.com/', 'meet.google.com/', 'HTTPS://MEET.GOOGLE.COM/'),
  fc.constantFrom('', '/', '?authuser=1', '?hs=179&authuser=0', '#start'),
).map(([c, prefix, tail]) => ({ code: c, text: `${prefix}${prefix.startsWith('HTTPS') ? c.toUpperCase() : c}${tail}` }));
/** Words in several scripts, none of which can be read as a code or a link. */
const word = fc.constantFrom('Join', 'the', 'call', 'Meeting', 'réunion', 'Встреча', '会議', '会议链接', 'اجتماع', 'बैठक', 'σύσκεψη', '회의', '🎉', 'ok');
const text = fc.array(word, { maxLength: 4 }).map((words) => words.join(' '));
/** How links get wrapped: chat apps, Markdown, HTML, quotes of many languages. */
const wrap = fc.constantFrom(
  (l: string) => l,
  (l: string) => `<${l}>`,
  (l: string) => `(${l})`,
  (l: string) => `[Join](${l})`,
  (l: string) => `[Join](<${l}>)`,
  (l: string) => `<a href="${l}">Join</a>`,
  (l: string) => `<${l}|Join>`,
  (l: string) => `*${l}*`,
  (l: string) => `_${l}_`,
  (l: string) => `~${l}~`,
  (l: string) => `\`${l}\``,
  (l: string) => `"${l}"`,
  (l: string) => `«${l}»`,
  (l: string) => `「${l}」`,
  (l: string) => `“${l}”`,
);
const punctuation = fc.array(fc.constantFrom('.', ',', ';', ':', '!', '?', ')', "'", '"', '*', '_', '~', '。', '、', '，', '！', '？', '：', '؛', '،', '।', '…', '»', '」', '）'), { maxLength: 3 }).map((p) => p.join(''));
const gap = fc.constantFrom(' ', '\n', '\t', ' — ', '：', '，');

describe('property: a valid code or link round-trips through surrounding text', () => {
  it('finds the code of any valid link, whatever wraps and follows it', () => {
    fc.assert(
      fc.property(text, gap, wrap, link, punctuation, gap, text, (before, g1, wrapIn, l, after, g2, rest) => {
        expect(parseMeetingInput(`${before}${g1}${wrapIn(l.text)}${after}${g2}${rest}`)).toBe(l.code);
      }),
      { numRuns: 500 },
    );
  });

  it('finds a bare code in running text in any script', () => {
    fc.assert(
      fc.property(text, gap, code, punctuation, gap, text, (before, g1, c, after, g2, rest) => {
        expect(parseMeetingInput(`${before}${g1}${c.toUpperCase()}${after}${g2}${rest}`)).toBe(c);
      }),
      { numRuns: 300 },
    );
  });

  it('never takes a code from a look-alike host, however it is wrapped', () => {
    const host = fc.constantFrom('meet.google.com.evil.com', 'meet.evil.com', 'meet.google.co', 'evil.com', 'meet.googIe.com', 'meet.xn--ggle-0nda.com');
    fc.assert(
      fc.property(text, gap, wrap, host, code, punctuation, (before, g1, wrapIn, h, c, after) => {
        expect(() => parseMeetingInput(`${before}${g1}${wrapIn(`https://${h}/${c}`)}${after}`)).toThrow(expect.objectContaining({ code: 'INVALID_MEETING_CODE' }));
      }),
      { numRuns: 300 },
    );
  });
});
