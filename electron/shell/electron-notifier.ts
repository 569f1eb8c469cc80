import type { NotificationConstructorOptions } from 'electron';
import type { Notifier } from '../core/ports/notifier';

/** The parts of an Electron `Notification` the notifier uses. */
export interface ShownNotification {
  on(event: 'click', listener: () => void): unknown;
  on(event: 'action', listener: () => void): unknown;
  on(event: 'close', listener: () => void): unknown;
  show(): void;
}

/** Builds one native notification; in the shell, `(options) => new Notification(options)`. */
export type NotificationFactory = (options: NotificationConstructorOptions) => ShownNotification;

/**
 * The notifier port over Electron notifications. The action runs on a click of the notification (Linux,
 * Windows) or of its button (macOS), at most once. Shown notifications are kept referenced until
 * closed, because a collected Notification silently loses its click handler.
 */
export function createElectronNotifier(create: NotificationFactory, isSupported: () => boolean): Notifier {
  const live = new Set<ShownNotification>();
  return {
    notify(request) {
      if (!isSupported()) return;
      const actions = request.actionLabel ? [{ type: 'button' as const, text: request.actionLabel }] : [];
      const notification = create({ title: request.title, body: request.body, actions, silent: false });
      let acted = false;
      const act = () => {
        if (acted || !request.onAction) return;
        acted = true;
        request.onAction();
      };
      notification.on('click', act);
      notification.on('action', act);
      notification.on('close', () => live.delete(notification));
      live.add(notification);
      notification.show();
    },
  };
}
