import type { Notice } from '../../shared/model/app-info';
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
export function stderrNotices(print: (line: string) => void): (notice: Notice) => void {
  return (notice) => print(`quickmeet: ${notice.message}`);
}
