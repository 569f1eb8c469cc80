import type { App } from 'electron';
import type { ExternalBrowser } from '../core/ports/external-browser';
import { guardNavigation } from './navigation-guard';
import type { TrayMode } from './tray-fallback';

export interface LifecycleDeps {
  readonly app: Pick<App, 'on' | 'quit' | 'exit'>;
  readonly mode: TrayMode;
  readonly browser: ExternalBrowser;
  readonly onSecondInstance: () => void;
  /** Runs once before the process exits (stop the core, release the shortcut). */
  readonly shutdown: () => Promise<void>;
}

/**
 * App-wide events: every webContents ever created gets the navigation guards (E12–E14); a second
 * launch reveals the window; closing the last window quits only where there is no tray; quitting
 * waits for an orderly shutdown, once.
 */
export function manageLifecycle(deps: LifecycleDeps): void {
  deps.app.on('web-contents-created', (_event, contents) => guardNavigation(contents, deps.browser));
  deps.app.on('second-instance', () => deps.onSecondInstance());
  deps.app.on('window-all-closed', () => {
    if (deps.mode === 'window') deps.app.quit();
  });
  let shuttingDown = false;
  deps.app.on('before-quit', (event) => {
    if (shuttingDown) return;
    shuttingDown = true;
    event.preventDefault();
    void deps.shutdown().finally(() => deps.app.exit(0));
  });
}
