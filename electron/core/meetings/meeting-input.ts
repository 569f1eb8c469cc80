import { AppError } from '../../../shared/ipc/result';

/** A Meet meeting code: three, four and three letters, e.g. `abc-mnop-xyz`. */
const CODE = /^[a-z]{3}-[a-z]{4}-[a-z]{3}$/;
const CODE_IN_TEXT = /(?<![\w-])[a-z]{3}-[a-z]{4}-[a-z]{3}(?![\w-])/i;
/**
 * Anything with a scheme, or a scheme-less token that starts like a Meet host. A host right after
 * `//` keeps the slashes: it ends some other URL (`javascript:x//meet.google.com/…`), not a link.
 */
const URL_CANDIDATE = /[a-z][a-z0-9+.-]*:\/\/[^\s<>()[\]"'`]+|(?<![\w./@-])(?:\/\/)?meet\.[^\s<>()[\]"'`]+/gi;
const MEET_HOST = 'meet.google.com';

/**
 * Extracts the meeting code from what the user typed or pasted: a bare code, a meet.google.com URL,
 * or either one inside longer text (an invitation). Look-alike hosts and other schemes are refused
 * with INVALID_MEETING_CODE, whose message quotes the input so the user can correct it.
 */
export function parseMeetingInput(input: string): string {
  const text = input.trim();
  if (text === '') throw invalid(input, 'Enter a meeting code like abc-mnop-xyz or a meet.google.com link.');
  const candidates = text.match(URL_CANDIDATE) ?? [];
  for (const candidate of candidates) {
    const code = codeFromMeetUrl(candidate);
    if (code) return code;
  }
  const lookAlike = candidates.find((c) => c.toLowerCase().includes('meet.'));
  if (lookAlike) {
    const why = `“${shorten(lookAlike)}” is not a https://meet.google.com link.`;
    throw lookAlike === text ? new AppError('INVALID_MEETING_CODE', why) : invalid(input, why);
  }
  const withoutUrls = candidates.reduce((rest, c) => rest.replace(c, ' '), text);
  const bare = CODE_IN_TEXT.exec(withoutUrls);
  if (bare) return bare[0].toLowerCase();
  throw invalid(input, 'No meeting code (abc-mnop-xyz) or meet.google.com link found.');
}

/** The code of an https://meet.google.com/<code> URL (scheme optional), or undefined for anything else. */
function codeFromMeetUrl(candidate: string): string | undefined {
  if (candidate.startsWith('//')) return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(candidate) ? candidate : `https://${candidate}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.hostname !== MEET_HOST || url.port !== '') return undefined;
  if (url.username !== '' || url.password !== '') return undefined;
  const code = url.pathname.replace(/^\/|\/$/g, '').toLowerCase();
  return CODE.test(code) ? code : undefined;
}

function invalid(input: string, why: string): AppError {
  return new AppError('INVALID_MEETING_CODE', `${why} You entered: “${shorten(input.trim())}”.`);
}

/** `value` cut to 80 characters, for quoting the user's input in a message. */
export function shorten(value: string): string {
  return value.length > 80 ? `${value.slice(0, 77)}…` : value;
}
