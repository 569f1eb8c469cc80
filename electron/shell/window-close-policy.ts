import type { WindowMode } from './window-options';

/** What closing the main window (Alt+F4, the title-bar button) should do. */
export type CloseBehaviour = 'hide' | 'close';

/**
 * The tray popup is the only window and is never rebuilt, so closing it only hides it (otherwise Settings…
 * and Join by code… would have no window left to show); while the app quits it closes for real.
 */
export function closeBehaviour(mode: WindowMode, quitting: boolean): CloseBehaviour {
  return mode === 'tray-popup' && !quitting ? 'hide' : 'close';
}

/** The parts of a BrowserWindow the close policy touches. */
export interface ClosableWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  hide(): void;
}

/** Applies {@link closeBehaviour} to every close request of `window`. */
export function applyClosePolicy(window: ClosableWindow, mode: WindowMode, isQuitting: () => boolean): void {
  window.on('close', (event) => {
    if (closeBehaviour(mode, isQuitting()) === 'close') return;
    event.preventDefault();
    window.hide();
  });
}
