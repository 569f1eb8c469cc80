import type { Clipboard } from '../core/ports/clipboard';
import type { UrlOpener } from '../core/ports/url-opener';
import type { NotificationRequest, Notifier } from '../core/ports/notifier';
import { createListeners } from '../../shared/events/listeners';

/**
 * The bridge's stand-ins for the desktop: a clipboard, a "system browser" and a notification area
 * that keep what they were given in memory, so end-to-end tests can read them from the bridge object
 * (never over the network).
 */
export class BridgeClipboard implements Clipboard {
  readonly writes: string[] = [];
  async writeText(text: string) {
    this.writes.push(text);
  }
  /** What a paste would give now. */
  get text(): string | undefined {
    return this.writes.at(-1);
  }
}

/** Records URLs handed to the system browser; tests open them in a second page. */
export class BridgeUrlOpener implements UrlOpener {
  readonly opened: string[] = [];
  private readonly opens = createListeners();
  async open(url: string) {
    this.opened.push(url);
    this.opens.emit();
  }
  /**
   * Resolves with the first URL opened at index `from` or later that passes `accept`; rejects after
   * `timeoutMs` (a hang detector, not a speed check) saying what was opened meanwhile.
   */
  waitForOpened(accept: (url: string) => boolean = () => true, from = 0, timeoutMs = 60_000): Promise<string> {
    return new Promise((resolve, reject) => {
      let stop: () => void = () => undefined;
      const check = () => {
        const found = this.opened.slice(from).find(accept);
        if (found === undefined) return false;
        clearTimeout(timer);
        stop();
        resolve(found);
        return true;
      };
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`No matching URL was opened after #${from} within ${timeoutMs} ms; opened: ${JSON.stringify(this.opened)}`));
      }, timeoutMs);
      if (!check()) stop = this.opens.add(() => void check());
    });
  }
}

/** Records notifications; a test can press a notification's action. */
export class BridgeNotifier implements Notifier {
  readonly shown: NotificationRequest[] = [];
  notify(notification: NotificationRequest) {
    this.shown.push(notification);
  }
}

/** The devices of one bridge run, as tests see them. */
export interface BridgeDevices {
  readonly clipboard: BridgeClipboard;
  readonly urlOpener: BridgeUrlOpener;
  readonly notifier: BridgeNotifier;
}

/** Fresh, empty devices. */
export const createBridgeDevices = (): BridgeDevices => ({
  clipboard: new BridgeClipboard(),
  urlOpener: new BridgeUrlOpener(),
  notifier: new BridgeNotifier(),
});
