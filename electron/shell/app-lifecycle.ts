import type { UrlOpener } from '../core/ports/url-opener';
import { guardNavigation, type GuardedContents } from './navigation-guard';
import type { TrayMode } from './platform-policy';

/** The parts of Electron's `app` the lifecycle listens to (structural, so tests pass a plain emitter). */
export interface LifecycleApp {
  on(event: 'web-contents-created', listener: (event: unknown, contents: GuardedContents) => void): unknown;
  on(event: 'second-instance' | 'window-all-closed', listener: () => void): unknown;
  on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  quit(): void;
  exit(exitCode?: number): void;
}

export interface LifecycleDeps {
  readonly app: LifecycleApp;
  readonly mode: TrayMode;
  readonly urlOpener: UrlOpener;
  readonly onSecondInstance: () => void;
  /** Runs once before the process exits (stop the core, release the shortcut). */
  readonly shutdown: () => Promise<void>;
}

/** What the rest of the shell may ask the lifecycle. */
export interface Lifecycle {
  /** True from `before-quit` on: windows that only hide on close must now close. */
  isQuitting(): boolean;
}

/**
 * App-wide events: every webContents ever created gets the navigation guards (E12–E14); a second
 * launch reveals the window; closing the last window quits only where there is no tray; quitting
 * waits for an orderly shutdown, once.
 */
export function manageLifecycle(deps: LifecycleDeps): Lifecycle {
  deps.app.on('web-contents-created', (_event, contents) => guardNavigation(contents, deps.urlOpener));
  deps.app.on('second-instance', () => deps.onSecondInstance());
  deps.app.on('window-all-closed', () => {
    if (deps.mode === 'window') deps.app.quit();
  });
  let quitting = false;
  deps.app.on('before-quit', (event) => {
    if (quitting) return;
    quitting = true;
    event.preventDefault();
    void deps.shutdown().finally(() => deps.app.exit(0));
  });
  return { isQuitting: () => quitting };
}
