/** Hosts whose https links Quickmeet may hand to the system browser, by purpose. */
export const MEET_HOSTS: ReadonlySet<string> = new Set(['meet.google.com']);
export const ARTIFACT_HOSTS: ReadonlySet<string> = new Set(['drive.google.com', 'docs.google.com']);
export const SIGN_IN_HOSTS: ReadonlySet<string> = new Set(['accounts.google.com']);

/** Every host whose https links Quickmeet hands to the system browser. */
export const EXTERNAL_HOSTS: ReadonlySet<string> = new Set([...MEET_HOSTS, ...SIGN_IN_HOSTS, ...ARTIFACT_HOSTS]);

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

/** Where an UrlOpener may send the user besides {@link EXTERNAL_HOSTS}. */
export interface OpenableUrlOptions {
  /**
   * In demo mode only: the emulator's exact loopback origin (`http://127.0.0.1:PORT`), whose consent
   * page stands in for Google's sign-in page (E1 allows this one `http:` origin).
   */
  readonly demoOrigin?: string;
}

/**
 * The rule every opener of the system browser re-checks, whatever its caller checked: an
 * allow-listed https URL, or a page on the demo emulator's exact origin.
 */
export function isOpenableUrl(url: string, options: OpenableUrlOptions = {}): boolean {
  if (isAllowedExternalUrl(url, EXTERNAL_HOSTS)) return true;
  if (options.demoOrigin === undefined || !isLoopbackHttpOrigin(options.demoOrigin)) return false;
  try {
    const parsed = new URL(url);
    return originOf(parsed) === options.demoOrigin && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

function isLoopbackHttpOrigin(origin: string): boolean {
  try {
    const parsed = new URL(origin);
    return parsed.protocol === 'http:' && parsed.hostname === '127.0.0.1' && originOf(parsed) === origin;
  } catch {
    return false;
  }
}

/** `scheme://host[:port]`, as URL.origin gives it for http(s) (spelled out: shared/ sees only a minimal URL type). */
function originOf(url: URL): string {
  return `${url.protocol}//${url.hostname}${url.port === '' ? '' : `:${url.port}`}`;
}
