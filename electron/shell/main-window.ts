import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './app-origin';
import { applyClosePolicy } from './window-close-policy';
import { mainWindowOptions, type WindowMode } from './window-options';

/**
 * The one place that constructs a BrowserWindow (E2: no other window literals). Navigation guards are
 * attached to every webContents in app-lifecycle, so this window gets them before it loads anything.
 * The tray popup hides instead of closing until `isQuitting()` says the app is on its way out; showing,
 * placing and hiding on blur belong to the tray popup (tray-popup.ts). `onReady` runs once the first
 * frame is painted.
 */
export function createMainWindow(mode: WindowMode, preloadPath: string, isQuitting: () => boolean, onReady: () => void): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(mode, preloadPath));
  applyClosePolicy(window, mode, isQuitting);
  window.once('ready-to-show', onReady);
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
