import type { clipboard as electronClipboard } from 'electron';
import type { Clipboard } from '../core/ports/clipboard';

/** The clipboard port over Electron's clipboard (plain text only; asynchronous since Electron 45). */
export function createElectronClipboard(clipboard: Pick<typeof electronClipboard, 'writeText'>): Clipboard {
  return { writeText: (text) => clipboard.writeText(text) };
}
