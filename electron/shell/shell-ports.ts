import { Notification, clipboard, net, powerMonitor, shell } from 'electron';
import { createNodeSystemEvents } from '../adapters/node-system-events';
import { createElectronClipboard, type ElectronClipboardDeps } from './electron-clipboard';
import { createElectronNotifier } from './electron-notifier';
import { createElectronSystemEvents } from './electron-system-events';
import { createElectronUrlOpener, type UrlOpenerOptions } from './electron-url-opener';

/** The core ports that only Electron can fill: clipboard, system browser, notifications, power and network. */
export function createShellPorts(options: UrlOpenerOptions, clipboardOptions: Omit<ElectronClipboardDeps, 'clipboard'>) {
  const clockJumps = createNodeSystemEvents();
  const system = createElectronSystemEvents({ powerMonitor, net, clockJumps, now: Date.now });
  return {
    clipboard: createElectronClipboard({ clipboard, ...clipboardOptions }),
    browser: createElectronUrlOpener(shell, options),
    notifier: createElectronNotifier((o) => new Notification(o), () => Notification.isSupported()),
    system,
    dispose() {
      system.dispose();
      clockJumps.dispose();
    },
  };
}
