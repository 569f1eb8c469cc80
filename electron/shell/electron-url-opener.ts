import type { Shell } from 'electron';
import type { UrlOpener } from '../core/ports/url-opener';
import { AppError } from '../../shared/ipc/result';
import { isOpenableUrl, type OpenableUrlOptions } from '../../shared/links/external-url-policy';

// The rule itself is shared with the Node hosts' system browser; the shell re-exports it for its own modules.
export { EXTERNAL_HOSTS, isOpenableUrl } from '../../shared/links/external-url-policy';

/**
 * The UrlOpener port in the Electron shell (the Node hosts' is `SystemUrlOpener`), and the only
 * place that calls `shell.openExternal` (E15). It re-checks the allow-list whatever the
 * caller already checked, so a bug elsewhere cannot hand an arbitrary URL to the OS.
 */
export function createElectronUrlOpener(shell: Pick<Shell, 'openExternal'>, options: OpenableUrlOptions = {}): UrlOpener {
  return {
    async open(url) {
      if (!isOpenableUrl(url, options)) throw new AppError('BAD_REQUEST', 'Quickmeet only opens Google Meet and Google sign-in links.');
      await shell.openExternal(new URL(url).href);
    },
  };
}
