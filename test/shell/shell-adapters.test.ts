import { EventEmitter } from 'node:events';
import { inflateSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { createElectronNotifier, MAX_LIVE_NOTIFICATIONS, type NotificationFactory } from '../../electron/shell/electron-notifier';
import { createElectronSystemEvents } from '../../electron/shell/electron-system-events';
import { createShortcutBinding } from '../../electron/shell/global-shortcut';
import { renderTrayIconPng } from '../../electron/shell/tray-icon-image';
import { createNoticeBoard } from '../../electron/core/app/notice-board';
import { DEFAULT_SETTINGS, Settings } from '../../shared/model/settings';
import { RecordingEventSink } from '../support/in-memory-ports';

describe('notifier adapter', () => {
  const setup = (supported = true) => {
    const shown: Array<EventEmitter & { options: unknown }> = [];
    const create: NotificationFactory = (options) => {
      const n = Object.assign(new EventEmitter(), { options, show: () => void shown.push(n) });
      return n;
    };
    return { shown, notifier: createElectronNotifier(create, () => supported) };
  };

  it('shows the notification and runs its action once, from a click or the action button', () => {
    const { shown, notifier } = setup();
    const onAction = vi.fn();
    notifier.notify({ title: 'Meeting link copied', body: 'meet.google.com/abc-mnop-xyz', actionLabel: 'Open', onAction });
    expect(shown).toHaveLength(1);
    expect(shown[0]!.options).toMatchObject({ title: 'Meeting link copied', actions: [{ type: 'button', text: 'Open' }] });
    shown[0]!.emit('click');
    shown[0]!.emit('action', {}, 0);
    expect(onAction).toHaveBeenCalledTimes(1);
  });

  it('lets go of a notification once it is clicked, acted on, failed or closed', () => {
    const { shown, notifier } = setup();
    const ends = ['click', 'action', 'failed', 'close'] as const;
    for (const _ of ends) notifier.notify({ title: 't', body: 'b' });
    expect(notifier.liveCount()).toBe(4);
    ends.forEach((event, index) => shown[index]!.emit(event));
    expect(notifier.liveCount()).toBe(0);
  });

  it('keeps at most the newest notifications referenced when none of them ever reports an end', () => {
    const { shown, notifier } = setup();
    for (let i = 0; i < MAX_LIVE_NOTIFICATIONS + 5; i++) notifier.notify({ title: `n${i}`, body: 'b' });
    expect(shown).toHaveLength(MAX_LIVE_NOTIFICATIONS + 5);
    expect(notifier.liveCount()).toBe(MAX_LIVE_NOTIFICATIONS);
    const onAction = vi.fn();
    notifier.notify({ title: 'newest', body: 'b', onAction });
    shown.at(-1)!.emit('click');
    expect(onAction).toHaveBeenCalledTimes(1);
  });

  it('shows nothing where notifications are unsupported', () => {
    const { shown, notifier } = setup(false);
    notifier.notify({ title: 't', body: 'b' });
    expect(shown).toEqual([]);
  });
});

describe('global shortcut', () => {
  const setup = (taken: ReadonlyArray<string> = []) => {
    const registered = new Map<string, () => void>();
    const attempts: string[] = [];
    const events = new RecordingEventSink();
    const notices = createNoticeBoard(events);
    const press = vi.fn();
    const globalShortcut = {
      register: (accelerator: string, callback: () => void) => {
        attempts.push(accelerator);
        if (accelerator.includes('Nonsense')) throw new TypeError('conversion failure');
        if (taken.includes(accelerator)) return false;
        registered.set(accelerator, callback);
        return true;
      },
      unregister: (accelerator: string) => void registered.delete(accelerator),
    };
    const binding = createShortcutBinding(globalShortcut, press, { notices });
    const appNotices = () => events.emitted.filter((e) => e.event === 'app.notice');
    return { registered, attempts, notices, appNotices, press, binding };
  };
  const settingsWith = (shortcut: string) => ({ ...DEFAULT_SETTINGS, shortcut });

  it('registers the chord, presses run the action, re-applying the same chord is a no-op', () => {
    const { registered, press, binding } = setup();
    expect(binding.apply('CommandOrControl+Alt+M')).toBe('registered');
    registered.get('CommandOrControl+Alt+M')!();
    expect(press).toHaveBeenCalledTimes(1);
    expect(binding.apply('CommandOrControl+Alt+M')).toBe('unchanged');
    expect([...registered.keys()]).toEqual(['CommandOrControl+Alt+M']);
  });

  it('tells the user clearly when the OS refuses the chord, through the notice board, and holds no stale binding', () => {
    const { registered, notices, appNotices, binding } = setup(['CommandOrControl+Shift+K']);
    binding.apply('CommandOrControl+Alt+M');
    expect(binding.apply('CommandOrControl+Shift+K')).toBe('refused');
    expect([...registered.keys()]).toEqual([]);
    const refusal = expect.objectContaining({ level: 'warning', message: expect.stringMatching(/CommandOrControl\+Shift\+K could not be registered.*another app.*Settings/) });
    expect(notices.list()).toEqual([refusal]);
    expect(appNotices().map((e) => e.payload)).toEqual([refusal]);
  });

  it('tries a refused chord once: later settings changes that keep it neither retry nor notify again', () => {
    const { attempts, appNotices, binding } = setup(['CommandOrControl+Shift+K']);
    // Each settings save re-applies the (unchanged) chord.
    for (const settings of [settingsWith('CommandOrControl+Shift+K'), { ...settingsWith('CommandOrControl+Shift+K'), notifyOnJoin: true }, { ...settingsWith('CommandOrControl+Shift+K'), copyFormat: 'code' as const }])
      binding.apply(settings.shortcut);
    expect(attempts).toEqual(['CommandOrControl+Shift+K']);
    expect(appNotices()).toHaveLength(1);
  });

  it('withdraws the refusal notice once a different chord registers', () => {
    const { notices, registered, binding } = setup(['CommandOrControl+Shift+K']);
    binding.apply(settingsWith('CommandOrControl+Shift+K').shortcut);
    expect(notices.list()).toHaveLength(1);
    binding.apply(settingsWith('Alt+Q').shortcut);
    expect(notices.list()).toEqual([]);
    expect([...registered.keys()]).toEqual(['Alt+Q']);
  });

  it('reports a malformed chord as one; an empty chord never reaches it, the settings refuse one', () => {
    const { registered, notices, binding } = setup();
    expect(binding.apply('Nonsense+Q')).toBe('invalid');
    expect(notices.list()[0]?.message).toMatch(/not a shortcut Quickmeet understands/);
    expect(binding.apply('Alt+Q')).toBe('registered');
    expect([...registered.keys()]).toEqual(['Alt+Q']);
    expect(Settings.safeParse({ ...DEFAULT_SETTINGS, shortcut: '' }).success).toBe(false);
  });
});

describe('system events: sleep, wake and online hints', () => {
  const setup = () => {
    const powerMonitor = new EventEmitter();
    const jumps = { suspend: new Set<() => void>(), resume: new Set<() => void>() };
    let online = true;
    let now = 1_000_000;
    const events = createElectronSystemEvents({
      powerMonitor,
      net: { isOnline: () => online },
      clockJumps: {
        onSuspend: (l) => (jumps.suspend.add(l), () => void jumps.suspend.delete(l)),
        onResume: (l) => (jumps.resume.add(l), () => void jumps.resume.delete(l)),
      },
      now: () => now,
      onlinePollMs: 10,
    });
    return { powerMonitor, jumps, events, setOnline: (v: boolean) => void (online = v), advance: (ms: number) => void (now += ms) };
  };

  it('reports one wake-up when powerMonitor and the clock-jump detector both see it', () => {
    const { powerMonitor, jumps, events, advance } = setup();
    const resumed = vi.fn();
    events.onResume(resumed);
    powerMonitor.emit('resume');
    jumps.resume.forEach((l) => l());
    expect(resumed).toHaveBeenCalledTimes(1);
    advance(10 * 60_000);
    jumps.resume.forEach((l) => l()); // Linux without a powerMonitor resume: the clock jump alone counts
    expect(resumed).toHaveBeenCalledTimes(2);
    events.dispose();
    expect(powerMonitor.listenerCount('resume')).toBe(0);
    expect(jumps.resume.size).toBe(0);
  });

  it('polls net.isOnline and reports changes only', async () => {
    const { events, setOnline } = setup();
    const changes: boolean[] = [];
    events.onOnlineChange((v) => changes.push(v));
    setOnline(false);
    await vi.waitFor(() => expect(changes).toEqual([false]));
    setOnline(true);
    await vi.waitFor(() => expect(changes).toEqual([false, true]));
    expect(events.isOnline()).toBe(true);
    events.dispose();
  });
});

describe('tray icon image', () => {
  it('is a valid PNG of the requested size whose pixels differ by state', () => {
    const idle = renderTrayIconPng('idle', 32);
    expect(idle.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(idle.readUInt32BE(16)).toBe(32);
    const idat = (png: Buffer) => inflateSync(png.subarray(41, 41 + png.readUInt32BE(33)));
    expect(idat(idle)).toHaveLength(32 * (1 + 32 * 4));
    expect(idat(idle).equals(idat(renderTrayIconPng('error', 32)))).toBe(false);
  });
});
