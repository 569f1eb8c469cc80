import type { EventSink } from '../core/ports/event-sink';
import type { Logger } from '../core/ports/logger';
import type { Notifier } from '../core/ports/notifier';

/** The CLI reports on stdout/stderr itself; library log lines would break its one-line contract. */
export const quietLogger: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** A terminal has no notification area: the printed link is the notification. */
export const silentNotifier: Notifier = { notify: () => undefined };

/**
 * The core's notices (a settings file set aside, a file that cannot be saved …) as lines on stderr:
 * a terminal has no window to show them in, and the README promises problems on stderr.
 */
export function stderrNotices(print: (line: string) => void): EventSink {
  return {
    emit(event, payload) {
      if (event === 'app.notice') print(`quickmeet: ${(payload as { message: string }).message}`);
    },
  };
}
