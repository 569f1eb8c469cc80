import { AppError } from '../../../shared/ipc/result';
import { isMeetingCode, MEETING_CODE_MAX_LENGTH } from '../../../shared/model/meeting-code';
import { findLinkCandidates, type LinkCandidate } from './link-candidates';
import { classifyMeetLink } from './meet-link';

/**
 * A code written in running text: letter groups joined by hyphens, not part of a word, path, address
 * or domain. Text in any script may touch it (`会议代码abc-mnop-xyz。`); ASCII letters, digits and
 * URL punctuation may not.
 */
const CODE_IN_TEXT = /(?<![A-Za-z0-9\-/.@]|[A-Za-z0-9]_)[a-z]+(?:-[a-z]+)+(?![A-Za-z0-9\-/@]|[._][A-Za-z0-9])/gi;
/** The common shape, preferred in running text over hyphenated words such as `state-of-the-art`. */
const COMMON_SHAPE = /^[a-z]{3}-[a-z]{4}-[a-z]{3}$/i;
/** Ten letters typed without dashes (`GCCRNACNJC`), which Meet reads as `gcc-rnac-njc`. */
const UNDASHED = /^([a-z]{3})([a-z]{4})([a-z]{3})$/i;
const EDGE_PUNCTUATION = /^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu;

/**
 * Extracts the meeting code from what the user typed or pasted: a bare code (dashes optional), a
 * meet.google.com link (http or https), or either inside longer text (an invitation, a chat message,
 * Markdown or HTML). Look-alike hosts and other schemes are refused with INVALID_MEETING_CODE, and so
 * are Meet pages that are not one meeting (`/new`, `/landing`, `/lookup/…`), each saying what it is.
 */
export function parseMeetingInput(input: string): string {
  const text = input.trim();
  if (text === '') throw invalid(input, 'Enter a meeting code like abc-mnop-xyz or a meet.google.com link.');
  const candidates = findLinkCandidates(text);
  const links = candidates.map((candidate) => ({ candidate, link: classifyMeetLink(candidate.text) }));
  for (const { link } of links) if (link.kind === 'meeting') return link.code;

  const lookAlike = links.find(({ candidate, link }) => link.kind === 'foreign' && /meet\./i.test(candidate.text));
  if (lookAlike) throw refusal(input, lookAlike.candidate.text, 'not a https://meet.google.com link');
  const bare = codeInText(withoutLinks(text, candidates));
  if (bare) return bare;
  const page = links.find(({ link }) => link.kind === 'page');
  if (page?.link.kind === 'page') throw refusal(input, page.candidate.text, page.link.what);
  throw invalid(input, 'No meeting code (abc-mnop-xyz) or meet.google.com link found.');
}

/** A code typed alone (dashes optional), else the first code in running text, the common shape first. */
function codeInText(text: string): string | undefined {
  const alone = text.replace(EDGE_PUNCTUATION, '').toLowerCase();
  const undashed = UNDASHED.exec(alone);
  if (undashed) return undashed.slice(1).join('-');
  if (isMeetingCode(alone)) return alone;
  const codes = [...text.matchAll(CODE_IN_TEXT)].map((match) => match[0].toLowerCase()).filter((code) => code.length <= MEETING_CODE_MAX_LENGTH);
  return codes.find((code) => COMMON_SHAPE.test(code)) ?? codes.find((code) => code.split('-').length >= 3);
}

/** `text` with each link blanked out, so a code inside another site's URL is never taken. */
function withoutLinks(text: string, candidates: ReadonlyArray<LinkCandidate>): string {
  let rest = text;
  for (const { start, end } of candidates) rest = `${rest.slice(0, start)}${' '.repeat(end - start)}${rest.slice(end)}`;
  return rest;
}

function refusal(input: string, link: string, what: string): AppError {
  const why = `“${shorten(link)}” is ${what}.`;
  return link === input.trim() ? new AppError('INVALID_MEETING_CODE', why) : invalid(input, why);
}

function invalid(input: string, why: string): AppError {
  return new AppError('INVALID_MEETING_CODE', `${why} You entered: “${shorten(input.trim())}”.`);
}

/** `value` cut to 80 characters, for quoting the user's input in a message. */
export function shorten(value: string): string {
  return value.length > 80 ? `${value.slice(0, 77)}…` : value;
}
