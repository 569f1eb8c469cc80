import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../shared/ipc/result';
import { createElectronClipboard, type ElectronClipboardDeps } from '../../electron/shell/electron-clipboard';
import { autostartEntry, createLoginItem } from '../../electron/shell/login-item';
import { createNoticeForwarder } from '../../electron/shell/notice-forwarder';
import { detectPlatform, platformPolicy, type PlatformFacts } from '../../electron/shell/platform-policy';
import { placePopup } from '../../electron/shell/popup-placement';
import { probeStatusNotifierWatcher, type RunProgram } from '../../electron/shell/status-notifier-probe';
import { trayImageRepresentations } from '../../electron/shell/tray-icon-image';
import { createTrayPopup, type PopupWindow } from '../../electron/shell/tray-popup';
import {
  FIRST_UPDATE_CHECK_MS,
  planUpdates,
  scheduleUpdateChecks,
  UPDATE_CHECK_INTERVAL_MS,
  type UpdateTimers,
} from '../../electron/shell/update-schedule';

const MAC: PlatformFacts = { os: 'darwin', trayHost: 'menu-bar', session: 'native' };
const WINDOWS: PlatformFacts = { os: 'win32', trayHost: 'notification-area', session: 'native' };
const KDE_WAYLAND: PlatformFacts = { os: 'linux', trayHost: 'status-notifier', session: 'wayland' };
const KDE_X11: PlatformFacts = { os: 'linux', trayHost: 'status-notifier', session: 'x11' };
const GNOME: PlatformFacts = { os: 'linux', trayHost: 'none', session: 'wayland' };

describe('platform detection', () => {
  it.each<[string, string, Record<string, string>, boolean | undefined, Partial<PlatformFacts>]>([
    ['macOS', 'darwin', {}, undefined, { os: 'darwin', trayHost: 'menu-bar', session: 'native' }],
    ['Windows', 'win32', {}, undefined, { os: 'win32', trayHost: 'notification-area' }],
    [
      'GNOME with the AppIndicator extension installed by hand (the bus has a watcher)',
      'linux',
      { XDG_CURRENT_DESKTOP: 'GNOME', XDG_SESSION_TYPE: 'wayland' },
      true,
      { trayHost: 'status-notifier', session: 'wayland' },
    ],
    ['stock GNOME (the bus has none)', 'linux', { XDG_CURRENT_DESKTOP: 'GNOME' }, false, { trayHost: 'none' }],
    [
      'Ubuntu that reports GNOME but whose bus says no watcher',
      'linux',
      { XDG_CURRENT_DESKTOP: 'ubuntu:GNOME' },
      false,
      { trayHost: 'none' },
    ],
    [
      'Ubuntu when the bus cannot be asked',
      'linux',
      { XDG_CURRENT_DESKTOP: 'ubuntu:GNOME' },
      undefined,
      { trayHost: 'status-notifier' },
    ],
    [
      'stock GNOME when the bus cannot be asked',
      'linux',
      { XDG_CURRENT_DESKTOP: 'GNOME' },
      undefined,
      { trayHost: 'none' },
    ],
    [
      'KDE on X11',
      'linux',
      { XDG_CURRENT_DESKTOP: 'KDE', XDG_SESSION_TYPE: 'x11' },
      true,
      { trayHost: 'status-notifier', session: 'x11' },
    ],
    [
      'a panel without StatusNotifier (XEmbed)',
      'linux',
      { XDG_CURRENT_DESKTOP: 'XFCE' },
      false,
      { trayHost: 'xembed' },
    ],
    ['Wayland told by WAYLAND_DISPLAY only', 'linux', { WAYLAND_DISPLAY: 'wayland-0' }, true, { session: 'wayland' }],
    ['QUICKMEET_TRAY=off', 'linux', { XDG_CURRENT_DESKTOP: 'KDE', QUICKMEET_TRAY: 'off' }, true, { trayHost: 'none' }],
    [
      'QUICKMEET_TRAY=on on stock GNOME',
      'linux',
      { XDG_CURRENT_DESKTOP: 'GNOME', QUICKMEET_TRAY: 'on' },
      false,
      { trayHost: 'xembed' },
    ],
  ])('%s', (_name, platform, env, statusNotifierWatcher, expected) => {
    expect(detectPlatform({ platform, env, statusNotifierWatcher })).toMatchObject(expected);
  });

  it('asks the session bus for a StatusNotifier host with dbus-send, then gdbus, and says "unknown" when neither answers', async () => {
    const asked: string[] = [];
    const answering =
      (answers: Record<string, string>): RunProgram =>
      async (file) => {
        asked.push(file);
        if (file in answers) return answers[file]!;
        throw new Error(`spawn ${file} ENOENT`);
      };
    expect(
      await probeStatusNotifierWatcher(answering({ 'dbus-send': 'method return time=1\n   boolean true\n' })),
    ).toBe(true);
    expect(await probeStatusNotifierWatcher(answering({ gdbus: '(false,)\n' }))).toBe(false);
    expect(await probeStatusNotifierWatcher(answering({}))).toBeUndefined();
    expect(asked).toEqual(['dbus-send', 'dbus-send', 'gdbus', 'dbus-send', 'gdbus']);
  });
});

describe('platform policy', () => {
  it('shows the window at launch where a left click may not lead anywhere (StatusNotifier hosts) or there is no tray', () => {
    expect(platformPolicy(KDE_X11).window.showAtLaunch).toBe(true);
    expect(platformPolicy(GNOME)).toMatchObject({ trayMode: 'window', window: { showAtLaunch: true } });
    expect(platformPolicy(MAC).window.showAtLaunch).toBe(false);
    expect(platformPolicy(WINDOWS).window.showAtLaunch).toBe(false);
  });

  it('on Wayland: verifies clipboard writes, asks the shortcuts portal, does not position windows', () => {
    expect(platformPolicy(KDE_WAYLAND)).toMatchObject({
      clipboard: 'verify',
      chromiumFeatures: ['GlobalShortcutsPortal'],
      window: { placeNearTray: false },
    });
    expect(platformPolicy(KDE_X11)).toMatchObject({
      clipboard: 'trust',
      chromiumFeatures: [],
      window: { placeNearTray: true },
    });
  });

  it('activates a menu-bar-only app on macOS, sets an App User Model ID on Windows only', () => {
    expect(platformPolicy(MAC).window.activateAppOnShow).toBe(true);
    expect(platformPolicy(WINDOWS).window.activateAppOnShow).toBe(false);
    expect([MAC, WINDOWS, KDE_X11].map((f) => platformPolicy(f).setAppUserModelId)).toEqual([false, true, false]);
  });

  it('draws a 16 pt template image on macOS (1x and 2x), colour images elsewhere', () => {
    const mac = trayImageRepresentations(platformPolicy(MAC).tray, 'idle');
    expect(mac.map((r) => [r.scaleFactor, r.buffer.readUInt32BE(16)])).toEqual([
      [1, 16],
      [2, 32],
    ]);
    expect(
      trayImageRepresentations(platformPolicy(WINDOWS).tray, 'idle').map((r) => r.buffer.readUInt32BE(16)),
    ).toEqual([16, 32]);
    expect(platformPolicy(MAC).tray.templateImage).toBe(true);
    expect(platformPolicy(KDE_X11).tray.templateImage).toBe(false);
  });

  it('puts the meeting clock in the title beside the icon on macOS and in the tooltip elsewhere', () => {
    expect([MAC, WINDOWS, KDE_X11].map((f) => platformPolicy(f).tray.meetingClock)).toEqual(['title', 'tooltip', 'tooltip']);
  });
});

describe('popup placement from the tray bounds', () => {
  const size = { width: 380, height: 560 };
  it('hangs below a macOS menu-bar icon, centred on it', () => {
    const workArea = { x: 0, y: 25, width: 1440, height: 875 };
    expect(placePopup({ x: 1000, y: 0, width: 24, height: 24 }, size, workArea)).toEqual({ x: 822, y: 29 });
  });
  it('stands above a Windows taskbar icon and stays inside the screen near its right edge', () => {
    const workArea = { x: 0, y: 0, width: 1920, height: 1040 };
    expect(placePopup({ x: 1850, y: 1045, width: 24, height: 30 }, size, workArea)).toEqual({ x: 1540, y: 476 });
  });
  it('goes right of a taskbar on the left', () => {
    const workArea = { x: 48, y: 0, width: 1872, height: 1080 };
    expect(placePopup({ x: 10, y: 900, width: 28, height: 28 }, size, workArea)).toEqual({ x: 52, y: 520 });
  });
  it('opens downwards from an icon in a top panel inside the work area', () => {
    const workArea = { x: 0, y: 0, width: 1920, height: 1080 };
    expect(placePopup({ x: 1700, y: 2, width: 22, height: 22 }, size, workArea)).toEqual({ x: 1521, y: 28 });
  });
});

/** A typed fake of the BrowserWindow parts the popup drives. */
function fakeWindow() {
  const emitter = new EventEmitter();
  const state = { visible: false, focused: false, positions: [] as Array<[number, number]> };
  const window: PopupWindow = {
    isDestroyed: () => false,
    isVisible: () => state.visible,
    isFocused: () => state.focused,
    isMinimized: () => false,
    restore: () => undefined,
    show: () => void (state.visible = true),
    hide: () => void ((state.visible = false), (state.focused = false)),
    focus: () => undefined,
    getBounds: () => ({ x: 0, y: 0, width: 380, height: 560 }),
    setPosition: (x, y) => void state.positions.push([x, y]),
    on: (event, listener) => emitter.on(event, listener),
    once: (event, listener) => emitter.once(event, listener),
    off: (event, listener) => emitter.off(event, listener),
  };
  return { window, state, emit: (event: 'blur' | 'focus') => emitter.emit(event) };
}

describe('tray popup', () => {
  const setup = (facts: PlatformFacts) => {
    const w = fakeWindow();
    let now = 1000;
    const activated = vi.fn();
    const popup = createTrayPopup({
      window: w.window,
      policy: platformPolicy(facts).window,
      now: () => now,
      activateApp: activated,
      trayBounds: () => ({ x: 1000, y: 0, width: 24, height: 24 }),
      cursor: () => ({ x: 5, y: 5 }),
      workAreaNear: () => ({ x: 0, y: 25, width: 1440, height: 875 }),
    });
    return { ...w, popup, activated, advance: (ms: number) => void (now += ms) };
  };

  it('on macOS activates the app before showing, places the popup under the icon and hides it on blur', () => {
    const { popup, state, activated, emit } = setup(MAC);
    popup.show();
    expect(activated).toHaveBeenCalledTimes(1);
    expect(state.positions).toEqual([[822, 29]]);
    emit('blur');
    expect(state.visible).toBe(false);
  });

  it('on Windows ignores the blur that follows the click which showed it, then hides on a later blur', () => {
    const { popup, state, emit, advance } = setup(WINDOWS);
    popup.show();
    advance(50);
    emit('blur');
    expect(state.visible).toBe(true);
    advance(1000);
    emit('blur');
    expect(state.visible).toBe(false);
  });

  it('on Wayland never positions the window', () => {
    const { popup, state } = setup(KDE_WAYLAND);
    popup.show();
    expect(state).toMatchObject({ visible: true, positions: [] });
  });

  it('resolves showFocused once the window reports focus', async () => {
    const { popup, state, emit } = setup(KDE_WAYLAND);
    const focused = popup.showFocused();
    state.focused = true;
    emit('focus');
    expect(await focused).toBe(true);
  });
});

describe('clipboard on Wayland', () => {
  /** A clipboard that drops every write while no window of the app has focus, as a Wayland compositor does. */
  const waylandClipboard = (focused: () => boolean) => {
    let content = 'before';
    const clipboard: ElectronClipboardDeps['clipboard'] = {
      writeText: async (text) => void (focused() && (content = text)),
      readText: async () => content,
    };
    return { clipboard, content: () => content };
  };

  it('a dropped write is retried once the window has focus, then succeeds', async () => {
    let focused = false;
    const board = waylandClipboard(() => focused);
    const clipboard = createElectronClipboard({
      clipboard: board.clipboard,
      mode: 'verify',
      focusWindow: async () => (focused = true),
    });
    await clipboard.writeText('https://meet.google.com/abc-mnop-xyz');
    expect(board.content()).toBe('https://meet.google.com/abc-mnop-xyz');
  });

  it('a write that stays dropped is not reported as copied', async () => {
    const board = waylandClipboard(() => false);
    const clipboard = createElectronClipboard({
      clipboard: board.clipboard,
      mode: 'verify',
      focusWindow: async () => false,
    });
    const copied = clipboard.writeText('https://meet.google.com/abc-mnop-xyz');
    await expect(copied).rejects.toBeInstanceOf(AppError);
    await expect(copied).rejects.toMatchObject({ code: 'CLIPBOARD_UNAVAILABLE' });
    expect(board.content()).toBe('before');
  });

  it('elsewhere trusts the write and never reads the clipboard back', async () => {
    const readText = vi.fn(async () => '');
    const written: string[] = [];
    const clipboard = createElectronClipboard({
      clipboard: { writeText: async (t) => void written.push(t), readText },
      mode: 'trust',
      focusWindow: async () => true,
    });
    await clipboard.writeText('link');
    expect(written).toEqual(['link']);
    expect(readText).not.toHaveBeenCalled();
  });
});

describe('open at login', () => {
  const dir = mkdtempSync(join(tmpdir(), 'quickmeet-autostart-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('uses the OS login items on macOS and Windows', async () => {
    for (const facts of [MAC, WINDOWS]) {
      const set = vi.fn();
      const item = createLoginItem({
        policy: platformPolicy(facts).loginItem,
        setLoginItemSettings: set,
        autostartDir: dir,
        desktopId: 'x',
        command: ['q'],
      });
      await item.apply(true);
      await item.apply(false);
      expect(set.mock.calls).toEqual([[{ openAtLogin: true }], [{ openAtLogin: false }]]);
    }
  });

  it('writes and removes an XDG autostart entry on Linux, quoting a path with spaces', async () => {
    const set = vi.fn();
    const autostartDir = join(dir, 'autostart');
    const item = createLoginItem({
      policy: platformPolicy(KDE_X11).loginItem,
      setLoginItemSettings: set,
      autostartDir,
      desktopId: 'com.quickmeet.app',
      command: ['/home/ada/Apps/Quick meet.AppImage'],
    });
    await item.apply(true);
    const entry = readFileSync(join(autostartDir, 'com.quickmeet.app.desktop'), 'utf8');
    expect(entry).toContain('Exec="/home/ada/Apps/Quick meet.AppImage"\n');
    expect(entry).toMatch(/^\[Desktop Entry\]\nType=Application\n/);
    await item.apply(false);
    expect(existsSync(join(autostartDir, 'com.quickmeet.app.desktop'))).toBe(false);
    expect(set).not.toHaveBeenCalled();
  });

  it('escapes the characters the Desktop Entry spec reserves inside quotes', () => {
    expect(autostartEntry(['/opt/a "b" $c', '100%'])).toContain('Exec="/opt/a \\"b\\" \\$c" 100%%\n');
  });
});

describe('update checks', () => {
  it('are off in demo mode, from a clone and without a feed', () => {
    expect(planUpdates({ demoMode: true, packaged: true, feedConfigured: true })).toEqual({
      kind: 'off',
      reason: 'demo-mode',
    });
    expect(planUpdates({ demoMode: false, packaged: false, feedConfigured: true })).toEqual({
      kind: 'off',
      reason: 'not-packaged',
    });
    expect(planUpdates({ demoMode: false, packaged: true, feedConfigured: false })).toEqual({
      kind: 'off',
      reason: 'no-feed',
    });
  });

  it('run a minute after start, then every 6 hours; a failure does not stop the schedule; stopping clears it', async () => {
    const pending: Array<{ run: () => void; ms: number; repeat: boolean; handle: number }> = [];
    let next = 0;
    const timers: UpdateTimers = {
      setTimeout: (run, ms) => (pending.push({ run, ms, repeat: false, handle: ++next }), next),
      setInterval: (run, ms) => (pending.push({ run, ms, repeat: true, handle: ++next }), next),
      clear: (handle) =>
        void pending.splice(
          pending.findIndex((p) => p.handle === handle),
          1,
        ),
    };
    let checks = 0;
    const errors: unknown[] = [];
    const plan = planUpdates({ demoMode: false, packaged: true, feedConfigured: true });
    const stop = scheduleUpdateChecks(
      plan,
      async () => (++checks === 1 ? Promise.reject(new Error('offline')) : null),
      (e) => errors.push(e),
      timers,
    );
    expect(pending.map((p) => [p.ms, p.repeat])).toEqual([[FIRST_UPDATE_CHECK_MS, false]]);
    pending[0]!.run();
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    const interval = pending.find((p) => p.repeat)!;
    expect(interval.ms).toBe(UPDATE_CHECK_INTERVAL_MS);
    interval.run();
    expect(checks).toBe(2);
    stop();
    expect(pending.filter((p) => p.repeat)).toEqual([]);
  });

  it('schedule nothing when off', () => {
    const timers: UpdateTimers = { setTimeout: vi.fn(), setInterval: vi.fn(), clear: vi.fn() };
    scheduleUpdateChecks(
      { kind: 'off', reason: 'demo-mode' },
      async () => null,
      () => undefined,
      timers,
    );
    expect(timers.setTimeout).not.toHaveBeenCalled();
  });
});

describe('warnings while the window is hidden', () => {
  it('become one desktop notification each; info notices and a visible window do not', () => {
    let visible = false;
    const shown: string[] = [];
    const opened = vi.fn();
    const forwarder = createNoticeForwarder({
      notifier: { notify: (n) => (shown.push(n.body), n.onAction?.()) },
      windowVisible: () => visible,
      showWindow: opened,
    });
    forwarder.forward({
      id: 'keychain-unavailable',
      level: 'warning',
      message: 'The system keychain is not available…',
    });
    forwarder.forward({ id: 'hello', level: 'info', message: 'Welcome' });
    visible = true;
    forwarder.forward({ id: 'x', level: 'error', message: 'Seen in the window' });
    expect(shown).toEqual(['The system keychain is not available…']);
    expect(opened).toHaveBeenCalledTimes(1);
  });
});
