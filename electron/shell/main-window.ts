import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './app-origin';
import { applyClosePolicy } from './window-close-policy';
import { mainWindowOptions, type WindowMode } from './window-options';

/**
 * The one place that constructs a BrowserWindow (E2: no other window literals). Navigation guards are
 * attached to every webContents in app-lifecycle, so this window gets them before it loads anything.
 * The tray popup hides instead of closing until `isQuitting()` says the app is on its way out.
 */
export function createMainWindow(mode: WindowMode, preloadPath: string, isQuitting: () => boolean): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(mode, preloadPath));
  applyClosePolicy(window, mode, isQuitting);
  if (mode === 'tray-popup') window.on('blur', () => window.hide());
  else window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

/** Shows and focuses the window (second launch, tray menu, fallback mode). */
export function revealWindow(window: BrowserWindow): void {
  if (window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
