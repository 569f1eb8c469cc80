/** The custom scheme that serves the bundled UI; `file://` is never used (E18). */
export const APP_SCHEME = 'app';
/** The one host under the scheme, so the UI has a stable, standard origin. */
export const APP_HOST = 'bundle';
/** The origin of the app's own pages. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The URL the main window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * True when `url` belongs to the app's own origin: exactly `app://bundle`, no credentials, no port.
 * Compared by parts because WHATWG gives non-special schemes the opaque origin "null".
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
