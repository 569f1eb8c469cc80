import type { Notice } from '../../shared/model/app-info';
import type { Notifier } from '../core/ports/notifier';

export interface NoticeForwarderDeps {
  readonly notifier: Notifier;
  /** True while the window is on screen (then the notice is read there). */
  readonly windowVisible: () => boolean;
  /** Brings the window up (a click on the notification). */
  readonly showWindow: () => void;
}

/**
 * Shows the core's warnings (keychain unavailable, shortcut refused) as desktop notifications when the
 * window is hidden, which for a tray app is most of the time; otherwise they would wait unseen in the
 * window. The notice board posts each id once, so each warning notifies once.
 */
export function createNoticeForwarder(deps: NoticeForwarderDeps): {
  /** Takes one `app.notice` push. */
  forward(notice: Notice): void;
} {
  return {
    forward(notice) {
      if (notice.level === 'info' || deps.windowVisible()) return;
      deps.notifier.notify({
        title: 'Quickmeet',
        body: notice.message,
        actionLabel: 'Open Quickmeet',
        onAction: deps.showWindow,
      });
    },
  };
}
