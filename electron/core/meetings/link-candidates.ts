/** A link-like token found in pasted text, and where it sits. */
export interface LinkCandidate {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * A URL with a scheme, or a scheme-less token that starts like a Meet host. A host right after `//`
 * keeps the slashes: it ends some other URL (`javascript:x//meet.google.com/…`), not a link. A link
 * ends at white space, `<`, `>`, quotes, brackets and `|` (Slack's `<url|label>`).
 */
const CANDIDATE = /[a-z][a-z0-9+.-]*:\/\/[^\s<>"`|[\]]+|(?<![A-Za-z0-9./@-]|[A-Za-z0-9]_)(?:\/\/)?meet\.[^\s<>"`|[\]]+/giu;
/** GFM's trailing punctuation (cmark-gfm `autolink_delim` in extensions/autolink.c). */
const TRAILING = new Set(['?', '!', '.', ',', ':', '*', '_', '~', "'", '"']);
const NON_ASCII_PUNCTUATION = /[^\p{ASCII}]$/u;
const PUNCTUATION_OR_SPACE = /[\p{P}\p{S}\p{Z}]$/u;

/** Every link-like token in `text`, each cut where a link really ends. */
export function findLinkCandidates(text: string): LinkCandidate[] {
  const found: LinkCandidate[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const link = trimTrailing(cutAtScript(match[0]));
    if (link !== '') found.push({ text: link, start: match.index, end: match.index + link.length });
  }
  return found;
}

/**
 * A link ends where text in another script begins (`…/abc-mnop-xyzです`): a URL past its host is
 * ASCII. A non-ASCII character inside the host is kept, so a look-alike host stays whole and is refused.
 */
function cutAtScript(token: string): string {
  const hostStart = token.indexOf('://') >= 0 ? token.indexOf('://') + 3 : token.startsWith('//') ? 2 : 0;
  const pathStart = token.slice(hostStart).search(/[/?#\\]/);
  if (pathStart < 0) return token;
  const afterHost = hostStart + pathStart;
  const foreign = token.slice(afterHost).search(/[^\p{ASCII}]/u);
  return foreign < 0 ? token : token.slice(0, afterHost + foreign);
}

/**
 * Drops what GFM does not count as part of an autolink: trailing `?!.,:*_~'"`, a trailing `;`
 * (with the `&name;` entity it may end), and `)` beyond the balanced ones. Trailing punctuation
 * of other scripts (`。`, `」`, `،`) goes too, for hosts written without a path.
 */
function trimTrailing(link: string): string {
  let end = link.length;
  for (;;) {
    const last = link[end - 1];
    if (last === undefined) return '';
    if (TRAILING.has(last)) end -= 1;
    else if (last === ';') end = /&[a-z0-9]+;$/i.exec(link.slice(0, end))?.index ?? end - 1;
    else if (last === ')' && count(link.slice(0, end), ')') > count(link.slice(0, end), '(')) end -= 1;
    else if (NON_ASCII_PUNCTUATION.test(link.slice(0, end)) && PUNCTUATION_OR_SPACE.test(link.slice(0, end))) end -= lastCharLength(link.slice(0, end));
    else return link.slice(0, end);
  }
}

const lastCharLength = (text: string): number => ([...text].at(-1) ?? '').length;
const count = (text: string, char: string): number => text.split(char).length - 1;
