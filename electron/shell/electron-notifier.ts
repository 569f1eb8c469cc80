import type { NotificationConstructorOptions } from 'electron';
import type { Notifier } from '../core/ports/notifier';

/** How many shown notifications stay referenced; older ones are long gone from the screen. */
export const MAX_LIVE_NOTIFICATIONS = 20;

/** The parts of an Electron `Notification` the notifier uses. */
export interface ShownNotification {
  on(event: 'click' | 'action' | 'close' | 'failed', listener: () => void): unknown;
  show(): void;
}

/** Builds one native notification; in the shell, `(options) => new Notification(options)`. */
export type NotificationFactory = (options: NotificationConstructorOptions) => ShownNotification;

/** The notifier port, plus how many notifications it still holds (for tests and diagnostics). */
export interface ElectronNotifier extends Notifier {
  liveCount(): number;
}

/**
 * The notifier port over Electron notifications. The action runs on a click of the notification (Linux,
 * Windows) or of its button (macOS), at most once. A shown notification stays referenced, because a
 * collected Notification silently loses its click handler, until it reports an end (click, action,
 * close, failed). Windows and Linux do not always emit `close`, so only the newest
 * {@link MAX_LIVE_NOTIFICATIONS} are held; the oldest is dropped first.
 */
export function createElectronNotifier(create: NotificationFactory, isSupported: () => boolean): ElectronNotifier {
  // A Set iterates in insertion order, so its first entry is the oldest.
  const live = new Set<ShownNotification>();
  const hold = (notification: ShownNotification) => {
    live.add(notification);
    for (const oldest of live) {
      if (live.size <= MAX_LIVE_NOTIFICATIONS) break;
      live.delete(oldest);
    }
  };
  return {
    notify(request) {
      if (!isSupported()) return;
      const actions = request.actionLabel ? [{ type: 'button' as const, text: request.actionLabel }] : [];
      const notification = create({ title: request.title, body: request.body, actions, silent: false });
      let acted = false;
      const release = () => void live.delete(notification);
      const act = () => {
        release();
        if (acted || !request.onAction) return;
        acted = true;
        request.onAction();
      };
      notification.on('click', act);
      notification.on('action', act);
      notification.on('close', release);
      notification.on('failed', release);
      hold(notification);
      notification.show();
    },
    liveCount: () => live.size,
  };
}
