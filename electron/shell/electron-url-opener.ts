import type { Shell } from 'electron';
import type { ExternalBrowser } from '../core/ports/external-browser';
import { AppError } from '../../shared/ipc/result';
import { ARTIFACT_HOSTS, MEET_HOSTS, SIGN_IN_HOSTS, isAllowedExternalUrl } from '../../shared/links/external-url-policy';

/** Every host whose https links Quickmeet hands to the system browser. */
export const EXTERNAL_HOSTS: ReadonlySet<string> = new Set([...MEET_HOSTS, ...SIGN_IN_HOSTS, ...ARTIFACT_HOSTS]);

export interface UrlOpenerOptions {
  /**
   * In demo mode only: the emulator's exact loopback origin (`http://127.0.0.1:PORT`), whose consent
   * page stands in for Google's sign-in page (E1 allows this one `http:` origin).
   */
  readonly demoOrigin?: string;
}

/** True when `url` may be opened: an allow-listed https URL, or a page on the demo emulator's origin. */
export function isOpenableUrl(url: string, options: UrlOpenerOptions = {}): boolean {
  if (isAllowedExternalUrl(url, EXTERNAL_HOSTS)) return true;
  if (options.demoOrigin === undefined || !isLoopbackHttpOrigin(options.demoOrigin)) return false;
  try {
    const parsed = new URL(url);
    return parsed.origin === options.demoOrigin && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

function isLoopbackHttpOrigin(origin: string): boolean {
  try {
    const parsed = new URL(origin);
    return parsed.protocol === 'http:' && parsed.hostname === '127.0.0.1' && parsed.origin === origin;
  } catch {
    return false;
  }
}

/**
 * The only place that calls `shell.openExternal` (E15). It re-checks the allow-list whatever the
 * caller already checked, so a bug elsewhere cannot hand an arbitrary URL to the OS.
 */
export function createElectronUrlOpener(shell: Pick<Shell, 'openExternal'>, options: UrlOpenerOptions = {}): ExternalBrowser {
  return {
    async open(url) {
      if (!isOpenableUrl(url, options)) throw new AppError('BAD_REQUEST', 'Quickmeet only opens Google Meet and Google sign-in links.');
      await shell.openExternal(new URL(url).href);
    },
  };
}
