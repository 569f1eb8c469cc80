import type { GlobalShortcut } from 'electron';
import type { Notice } from '../../shared/model/app-info';

/** What applying a shortcut setting did. */
export type ShortcutOutcome = 'registered' | 'unchanged' | 'refused' | 'invalid' | 'disabled';

/** The global shortcut, re-bindable from settings. */
export interface ShortcutBinding {
  /** Binds `accelerator` (empty = none) in place of the current one; refusals are reported as a notice. */
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
 */
export function createShortcutBinding(
  globalShortcut: Pick<GlobalShortcut, 'register' | 'unregister'>,
  onPress: () => void,
  onNotice: (notice: Notice) => void,
): ShortcutBinding {
  let current: string | undefined;
  const release = () => {
    if (current !== undefined) globalShortcut.unregister(current);
    current = undefined;
  };
  return {
    apply(accelerator) {
      const wanted = accelerator.trim();
      if (wanted !== '' && wanted === current) return 'unchanged';
      release();
      if (wanted === '') return 'disabled';
      let outcome: 'registered' | 'refused' | 'invalid';
      try {
        outcome = globalShortcut.register(wanted, onPress) ? 'registered' : 'refused';
      } catch {
        outcome = 'invalid';
      }
      if (outcome === 'registered') current = wanted;
      else onNotice(shortcutRefusedNotice(wanted, outcome));
      return outcome;
    },
    dispose: release,
  };
}
