import { isMeetingCode } from '../../../shared/model/meeting-code';

/** What a link-like token turned out to be. */
export type MeetLink =
  /** A meeting's link; `code` is lower-case. */
  | { readonly kind: 'meeting'; readonly code: string }
  /** A meet.google.com page that is not one meeting; `what` says what it is, for a message. */
  | { readonly kind: 'page'; readonly what: string }
  /** Another host, scheme, port or a userinfo trick: nothing to take a code from. */
  | { readonly kind: 'foreign' };

const MEET_HOST = 'meet.google.com';
/** Google's click-tracking redirect (Calendar and Gmail wrap links in it): `https://www.google.com/url?q=…`. */
const REDIRECT_HOSTS = new Set(['www.google.com', 'google.com']);

const HOME = 'Google Meet’s home page, not a meeting';
const NEW = 'Google Meet’s link for starting a new meeting: it opens a different meeting each time, so there is no one meeting to join. Use New meeting instead';
const LOOKUP =
  'a meeting nickname link (meet.google.com/lookup/…), as Google Classroom and Calendar use: it names a meeting only inside one school or organisation and carries no meeting code. Open it in a browser signed in to that account, or paste the meeting code';
const NO_CODE = 'a Google Meet page, not a meeting: its address has no meeting code';

/** Sorts one link-like token (scheme optional): a meeting, another Meet page, or something else. */
export function classifyMeetLink(candidate: string, followRedirect = true): MeetLink {
  if (candidate.startsWith('//')) return { kind: 'foreign' };
  const url = parse(/^[a-z][a-z0-9+.-]*:\/\//i.test(candidate) ? candidate : `https://${candidate}`);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.port !== '' || url.username !== '' || url.password !== '') {
    return { kind: 'foreign' };
  }
  if (url.hostname !== MEET_HOST) {
    const target = url.pathname === '/url' ? (url.searchParams.get('q') ?? url.searchParams.get('url')) : null;
    if (followRedirect && REDIRECT_HOSTS.has(url.hostname) && target && /^https?:\/\//i.test(target)) {
      const inner = classifyMeetLink(target, false);
      if (inner.kind === 'meeting') return inner;
    }
    return { kind: 'foreign' };
  }
  const segments = url.pathname.split('/').filter((segment) => segment !== '');
  const [first = '', ...rest] = segments.map((segment) => segment.toLowerCase());
  if (first === '' || (first === 'landing' && rest.length === 0)) return { kind: 'page', what: HOME };
  if (first === 'new' && rest.length === 0) return { kind: 'page', what: NEW };
  if (first === 'lookup') return { kind: 'page', what: LOOKUP };
  if (rest.length === 0 && isMeetingCode(first)) return { kind: 'meeting', code: first };
  return { kind: 'page', what: NO_CODE };
}

function parse(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}
