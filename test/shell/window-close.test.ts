import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { manageLifecycle, type LifecycleApp } from '../../electron/shell/app-lifecycle';
import { applyClosePolicy, closeBehaviour, type ClosableWindow } from '../../electron/shell/window-close-policy';

/** A BrowserWindow stand-in: emits 'close' with a cancellable event and records hides. */
class FakeWindow extends EventEmitter implements ClosableWindow {
  hidden = 0;
  hide() {
    this.hidden++;
  }
  /** Asks the window to close, as Alt+F4 does; answers whether it really closes. */
  requestClose(): boolean {
    let prevented = false;
    this.emit('close', { preventDefault: () => void (prevented = true) });
    return !prevented;
  }
}

/** Electron's `app` stand-in: a plain emitter with quit and exit. */
class FakeApp extends EventEmitter implements LifecycleApp {
  readonly exit = vi.fn();
  readonly quit = vi.fn(() => void this.emit('before-quit', { preventDefault: () => undefined }));
}

const lifecycle = (app: FakeApp, shutdown = async () => undefined) =>
  manageLifecycle({ app, mode: 'tray', urlOpener: { open: async () => undefined }, onSecondInstance: () => undefined, shutdown });

describe('closing the main window', () => {
  it('hides the tray popup unless the app is quitting; the fallback window always closes', () => {
    expect(closeBehaviour('tray-popup', false)).toBe('hide');
    expect(closeBehaviour('tray-popup', true)).toBe('close');
    expect(closeBehaviour('fallback-window', false)).toBe('close');
    expect(closeBehaviour('fallback-window', true)).toBe('close');
  });

  it('keeps the tray popup alive through Alt+F4, so it can be shown again, and lets it close once quitting', async () => {
    const app = new FakeApp();
    const window = new FakeWindow();
    applyClosePolicy(window, 'tray-popup', lifecycle(app).isQuitting);
    expect(window.requestClose()).toBe(false);
    expect(window.hidden).toBe(1);
    app.quit();
    expect(window.requestClose()).toBe(true);
    expect(window.hidden).toBe(1);
  });

  it('lets the fallback window close, which quits the app through window-all-closed', () => {
    const window = new FakeWindow();
    applyClosePolicy(window, 'fallback-window', () => false);
    expect(window.requestClose()).toBe(true);
    expect(window.hidden).toBe(0);
  });

  it('quits once: the shutdown runs before exit, and a second quit does not run it again', async () => {
    const app = new FakeApp();
    const shutdown = vi.fn(async () => undefined);
    const { isQuitting } = lifecycle(app, shutdown);
    expect(isQuitting()).toBe(false);
    app.quit();
    app.quit();
    expect(isQuitting()).toBe(true);
    await vi.waitFor(() => expect(app.exit).toHaveBeenCalledWith(0));
    expect(shutdown).toHaveBeenCalledTimes(1);
  });
});
