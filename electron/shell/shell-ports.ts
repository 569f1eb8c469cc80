import { Notification, clipboard, net, powerMonitor, shell } from 'electron';
import type { SystemEvents } from '../core/ports/system-events';
import { createElectronClipboard, type ElectronClipboardDeps } from './electron-clipboard';
import { createElectronNotifier } from './electron-notifier';
import { createElectronSystemEvents } from './electron-system-events';
import type { OpenableUrlOptions } from '../../shared/links/external-url-policy';
import { createElectronUrlOpener } from './electron-url-opener';

/** The desktop devices that only Electron can fill: clipboard, system browser, notifications. */
export function createShellDevices(options: OpenableUrlOptions, clipboardOptions: Omit<ElectronClipboardDeps, 'clipboard'>) {
  return {
    clipboard: createElectronClipboard({ clipboard, ...clipboardOptions }),
    urlOpener: createElectronUrlOpener(shell, options),
    notifier: createElectronNotifier((o) => new Notification(o), () => Notification.isSupported()),
  };
}

/** Power and network from powerMonitor and net, merged with the host's clock-jump detector. */
export const shellSystemEvents = (clockJumps: SystemEvents) => createElectronSystemEvents({ powerMonitor, net, clockJumps, now: Date.now });
