import type { GlobalShortcut } from 'electron';
import type { Notice } from '../../shared/model/app-info';
import type { NoticeBoard } from '../core/app/notice-board';

/** What applying a shortcut setting did. */
export type ShortcutOutcome = 'registered' | 'unchanged' | 'refused' | 'invalid';

/** Where a refusal is reported: the core's notice board (listed in the window; notice-forwarder.ts also shows it on the desktop). */
export interface ShortcutReporting {
  readonly notices: Pick<NoticeBoard, 'post' | 'dismiss'>;
}

/** The global shortcut, re-bindable from settings. */
export interface ShortcutBinding {
  /** Binds `accelerator` (the settings schema never lets it be empty) in place of the current one, unless it is the chord last tried (each `settings.changed` re-applies it). */
  apply(accelerator: string): ShortcutOutcome;
  dispose(): void;
}

/** The notice shown when the OS refuses a shortcut, worded for the user. */
export function shortcutRefusedNotice(accelerator: string, outcome: 'refused' | 'invalid'): Notice {
  const message =
    outcome === 'invalid'
      ? `“${accelerator}” is not a shortcut Quickmeet understands. Pick another one in Settings.`
      : `The shortcut ${accelerator} could not be registered: another app already uses it, or this desktop does not allow global shortcuts. Pick another one in Settings; the tray icon still works.`;
  return { id: `shortcut-${outcome}:${accelerator}`, level: 'warning', message };
}

/**
 * Binds the "new meeting" chord through Electron's globalShortcut. `register` answers false when the
 * chord is taken and throws on a malformed accelerator; both end in a clear notice, never silently.
 * A chord is tried once per change of the setting: every settings save emits `settings.changed`, and
 * retrying a refused chord each time would notify the user again for a setting they did not touch.
 */
export function createShortcutBinding(
  globalShortcut: Pick<GlobalShortcut, 'register' | 'unregister'>,
  onPress: () => void,
  reporting: ShortcutReporting,
): ShortcutBinding {
  let lastTried: string | undefined;
  let registered: string | undefined;
  let refusalId: string | undefined;
  const release = () => {
    if (registered !== undefined) globalShortcut.unregister(registered);
    registered = undefined;
  };
  const apply = (accelerator: string): ShortcutOutcome => {
    const wanted = accelerator.trim();
    if (wanted === lastTried) return 'unchanged';
    lastTried = wanted;
    release();
    // The previous refusal no longer describes the setting.
    if (refusalId !== undefined) reporting.notices.dismiss(refusalId);
    refusalId = undefined;
    let outcome: 'registered' | 'refused' | 'invalid';
    try {
      outcome = globalShortcut.register(wanted, onPress) ? 'registered' : 'refused';
    } catch {
      outcome = 'invalid';
    }
    if (outcome === 'registered') {
      registered = wanted;
      return outcome;
    }
    const notice = shortcutRefusedNotice(wanted, outcome);
    refusalId = notice.id;
    reporting.notices.post(notice);
    return outcome;
  };
  return {
    apply,
    dispose() {
      release();
      lastTried = undefined;
    },
  };
}
