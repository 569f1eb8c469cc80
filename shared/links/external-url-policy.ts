/** Hosts whose https links Quickmeet may hand to the system browser, by purpose. */
export const MEET_HOSTS: ReadonlySet<string> = new Set(['meet.google.com']);
export const ARTIFACT_HOSTS: ReadonlySet<string> = new Set(['drive.google.com', 'docs.google.com']);
export const SIGN_IN_HOSTS: ReadonlySet<string> = new Set(['accounts.google.com']);

/**
 * True when `url` is https on exactly one of `hosts` (WHATWG parsing; no credentials, default port),
 * so look-alikes such as `meet.google.com.evil.com` or `https://evil.com#@meet.google.com` fail.
 */
export function isAllowedExternalUrl(url: string, hosts: ReadonlySet<string>): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' &&
    hosts.has(parsed.hostname) &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
