import type { clipboard as electronClipboard } from 'electron';
import { AppError } from '../../shared/ipc/result';
import type { Clipboard } from '../core/ports/clipboard';
import type { PlatformPolicy } from './platform-policy';

export interface ElectronClipboardDeps {
  readonly clipboard: Pick<typeof electronClipboard, 'writeText' | 'readText'>;
  readonly mode: PlatformPolicy['clipboard'];
  /** Shows and focuses the window; resolves true once it has focus (false when it did not get it). */
  readonly focusWindow: () => Promise<boolean>;
}

/** The message of a copy the desktop refused. */
export const CLIPBOARD_REFUSED =
  'Your desktop did not let Quickmeet copy the link (on Wayland only a focused window may write the clipboard). Use Copy link in the window.';

/**
 * The clipboard port over Electron's clipboard (plain text). With `verify` (Wayland), a write is read
 * back: a compositor silently drops a write from an app with no focused window, which happens for a tray
 * click or the global shortcut. Then the window is brought up and focused and the write is tried once
 * more (a read without focus may be refused too; that only costs this retry); a write that still does not
 * land fails, so nothing reports "copied" for a link that was not.
 */
export function createElectronClipboard(deps: ElectronClipboardDeps): Clipboard {
  const { clipboard } = deps;
  // Electron 45's clipboard is asynchronous (modelled on navigator.clipboard).
  const write = async (text: string) => {
    await clipboard.writeText(text);
    return deps.mode === 'trust' || (await clipboard.readText()) === text;
  };
  return {
    async writeText(text) {
      if (await write(text)) return;
      if ((await deps.focusWindow()) && (await write(text))) return;
      throw new AppError('CLIPBOARD_UNAVAILABLE', CLIPBOARD_REFUSED);
    },
  };
}
