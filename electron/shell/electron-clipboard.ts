import type { Clipboard as ElectronClipboard } from 'electron';
import type { Clipboard } from '../core/ports/clipboard';

/** The clipboard port over Electron's clipboard (plain text only). */
export function createElectronClipboard(clipboard: Pick<ElectronClipboard, 'writeText'>): Clipboard {
  return {
    async writeText(text) {
      clipboard.writeText(text);
    },
  };
}
