import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/**
 * The security-relevant web preferences of every window (Electron checklist E2–E4, E6, E8–E11).
 * Exported so tests can check them; `enableBlinkFeatures` and `preload` are deliberately absent here.
 */
export const SECURE_WEB_PREFERENCES = Object.freeze({
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  contextIsolation: true,
  sandbox: true,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  spellcheck: false,
  // Middle-click would open links in new windows without going through the window-open handler's intent.
  disableBlinkFeatures: 'Auxclick',
} as const satisfies WebPreferences);

/** How the main window appears: a frameless popup under the tray icon, or a normal window where there is no tray. */
export type WindowMode = 'tray-popup' | 'fallback-window';

/** Size of the tray popup and of the fallback window. */
export const WINDOW_SIZE = Object.freeze({ width: 380, height: 560 });

/** The constructor options of the main window: the secure preferences plus the preload script. */
export function mainWindowOptions(mode: WindowMode, preloadPath: string): BrowserWindowConstructorOptions {
  const common: BrowserWindowConstructorOptions = {
    ...WINDOW_SIZE,
    title: 'Quickmeet',
    show: false,
    autoHideMenuBar: true,
    backgroundColor: '#ffffff',
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: preloadPath },
  };
  return mode === 'tray-popup'
    ? { ...common, frame: false, resizable: false, movable: false, skipTaskbar: true, alwaysOnTop: true, fullscreenable: false }
    : { ...common, frame: true, resizable: true, skipTaskbar: false, minWidth: 320, minHeight: 420 };
}
