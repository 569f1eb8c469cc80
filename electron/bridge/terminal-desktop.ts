import { SystemUrlOpener } from '../adapters/system-url-opener';
import { SystemClipboard } from '../adapters/system-clipboard';
import type { Clipboard } from '../core/ports/clipboard';
import type { UrlOpener } from '../core/ports/url-opener';
import type { Notifier } from '../core/ports/notifier';

/**
 * The desktop of a person running the preview from a terminal: the real default browser (the sign-in
 * page and meeting links open there) and clipboard, with every link and notification also printed,
 * since a headless machine has neither a browser to start nor a notification area.
 */
export function createTerminalDesktop(
  print: (line: string) => void,
  /** The demo emulator's origin, whose consent page may be opened too. */
  demoOrigin?: string,
): { clipboard: Clipboard; urlOpener: UrlOpener; notifier: Notifier } {
  const system = new SystemUrlOpener(demoOrigin === undefined ? {} : { demoOrigin });
  return {
    clipboard: new SystemClipboard(),
    urlOpener: {
      open: async (url) => {
        print(`Opening in your browser: ${url}`);
        await system.open(url).catch(() => print('No browser could be started here; open that address yourself.'));
      },
    },
    notifier: { notify: ({ title, body }) => print(`${title}: ${body}`) },
  };
}
