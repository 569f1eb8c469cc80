import type { Logger } from '../core/ports/logger';
import type { Notifier } from '../core/ports/notifier';

/** The CLI reports on stdout/stderr itself; library log lines would break its one-line contract. */
export const quietLogger: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** A terminal has no notification area: the printed link is the notification. */
export const silentNotifier: Notifier = { notify: () => undefined };
