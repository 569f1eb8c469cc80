import { describe, expect, it } from 'vitest';
import { POLL_INTERVALS_MS } from '../../../electron/core/conference/conference-monitor';
import { createTrayController } from '../../../electron/core/tray/tray-controller';
import type { TrayModel } from '../../../electron/core/tray/tray-model';
import { createDispatcher } from '../../../shared/ipc/dispatcher';
import type { Handlers } from '../../../shared/ipc/handlers';
import { createInProcessApi } from '../../../shared/ipc/in-process-api';
import { AppError } from '../../../shared/ipc/result';
import type { Artifact } from '../../../shared/model/artifact';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { createPushRelay } from '../../support/in-memory-ports';
import { startHarness } from '../attendees/support/harness';

const SIGNED_IN = { status: 'signedIn', email: 'ada@quickmeet.test', capabilities: ['createSpaces'], persisted: true } as const;
const ctx = { senderId: 't' };

const RECORDING: Artifact = {
  name: 'conferenceRecords/c1/recordings/r1',
  kind: 'recording',
  state: 'FILE_GENERATED',
  record: 'conferenceRecords/c1',
  space: 'spaces/s1',
  meetingCode: 'abc-mnop-xyz',
  startTime: '2026-11-24T09:00:00Z',
  endTime: '2026-11-24T09:42:00Z',
  exportUri: 'https://drive.google.com/file/d/f1/view',
};

/** The conference feature over fakes and virtual time, with the tray fed the way the shell feeds it. */
async function setup(options: { createInstant?: () => Promise<unknown>; recordings?: ReadonlyArray<Artifact>; meetingClock?: 'title' | 'tooltip' } = {}) {
  const h = await startHarness({ spaces: ['spaces/alpha', 'spaces/beta', 'spaces/gamma'] });
  const calls: Array<[string, unknown]> = [];
  const record = (channel: string, value: () => Promise<unknown>) => async (request: unknown) => {
    calls.push([channel, request]);
    return value();
  };
  const handlers = {
    ...h.feature.handlers,
    'auth.getState': record('auth.getState', async () => SIGNED_IN),
    'settings.get': record('settings.get', async () => DEFAULT_SETTINGS),
    'meetings.listRecent': record('meetings.listRecent', async () => []),
    'meetings.createInstant': record('meetings.createInstant', options.createInstant ?? (async () => null)),
    'recordings.open': record('recordings.open', async () => null),
    'live.copy': record('live.copy', async () => ({ copiedText: 'This meeting is being recorded.' })),
  } as unknown as Handlers;
  const drawn: TrayModel[] = [];
  let revealed = 0;
  const shown: string[] = [];
  // The shell's view of the contract: calls through the dispatcher under the tray's sender id, pushes as the host relays them.
  const pushes = createPushRelay();
  const controller = createTrayController({
    api: createInProcessApi(createDispatcher(handlers), 'tray', pushes),
    headCount: h.feature.headCount,
    recentRecordings: options.recordings ? () => options.recordings! : h.recordings.recent,
    demoMode: true,
    ...(options.meetingClock ? { meetingClock: options.meetingClock } : {}),
    draw: (model) => void drawn.push(model),
    revealWindow: () => void revealed++,
    showLogs: () => void shown.push('logs'),
    showAbout: () => void shown.push('about'),
    quit: () => undefined,
    logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
  });
  // The shell relays every core push to the controller.
  let relayed = 0;
  const relay = () => {
    for (const { event, payload } of h.events.emitted.slice(relayed)) pushes.push(event, payload);
    relayed = h.events.emitted.length;
  };
  const advance = async (ms: number) => {
    await h.time.advance(ms);
    relay();
  };
  return { h, controller, calls, drawn, revealed: () => revealed, shown, advance, pushes };
}

describe('tray controller', () => {
  it('creates one meeting however often the tray is clicked while one is in flight', async () => {
    let finish!: () => void;
    const { controller, calls, drawn } = await setup({ createInstant: () => new Promise<void>((resolve) => (finish = resolve)) });
    await controller.refresh();
    controller.newMeeting();
    controller.newMeeting();
    controller.runMenuItem('meeting.new');
    expect(calls.filter(([c]) => c === 'meetings.createInstant')).toHaveLength(1);
    expect(drawn.at(-1)?.icon).toBe('busy');
    finish();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(drawn.at(-1)?.icon).toBe('idle');
  });

  it('passes the preset of a menu click, shows a failure in the tooltip, and reveals the window for join', async () => {
    const { controller, calls, drawn, revealed } = await setup({
      createInstant: async () => {
        throw new AppError('QUOTA_EXCEEDED', 'Google asks to wait 30 s before the next meeting.', { retryAfterSeconds: 30 });
      },
    });
    await controller.refresh();
    controller.runMenuItem('meeting.new:quick-call');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls.at(-1)).toEqual(['meetings.createInstant', { presetId: 'quick-call' }]);
    expect(drawn.at(-1)).toMatchObject({ icon: 'error', tooltip: expect.stringContaining('wait 30 s') });
    controller.runMenuItem('meeting.join');
    expect(revealed()).toBe(1);
  });

  it('opens the window, the logs and About from the app section of the menu', async () => {
    const { controller, revealed, shown } = await setup();
    controller.runMenuItem('app.open');
    controller.runMenuItem('app.logs');
    controller.runMenuItem('app.about');
    expect(revealed()).toBe(1);
    expect(shown).toEqual(['logs', 'about']);
  });

  it('lists recent recordings from the core in memory and opens one by menu id', async () => {
    const { controller, calls, drawn } = await setup({ recordings: [RECORDING] });
    await controller.refresh();
    expect(calls.map(([channel]) => channel)).not.toContain('recordings.list');
    const recordings = drawn.at(-1)!.menu.find((item) => item.id === 'recordings');
    expect(recordings).toMatchObject({ kind: 'submenu', enabled: true, items: [{ id: `recording.open:${RECORDING.name}`, enabled: true }] });
    controller.runMenuItem(`recording.open:${RECORDING.name}`);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls.at(-1)).toEqual(['recordings.open', { name: RECORDING.name }]);
  });

  it('shows the head-count of the followed conference and clears it when that one ends while others still run', async () => {
    const { h, controller, drawn, advance } = await setup();
    await controller.refresh();
    h.feature.setWindowVisible(true);
    const alpha = h.meet.startConference('spaces/alpha');
    h.meet.join(alpha, 'signedinUser', 'Ada');
    h.meet.join(alpha, 'signedinUser', 'Grace');
    for (const space of ['spaces/beta', 'spaces/gamma']) h.meet.join(h.meet.startConference(space), 'anonymousUser', 'Visitor');
    await advance(POLL_INTERVALS_MS.discoveryVisible);
    expect(drawn.at(-1)).toMatchObject({ icon: 'idle', title: '' }); // three running: the user picks

    await h.feature.handlers['conference.select']({ record: alpha }, ctx);
    await advance(0);
    expect(drawn.at(-1)).toMatchObject({ icon: 'live', title: '2', tooltip: expect.stringContaining('2 people') });

    h.meet.end(alpha);
    await advance(POLL_INTERVALS_MS.attendeesVisible);
    expect(h.feature.monitor.listLive()).toHaveLength(2);
    expect(drawn.at(-1)).toMatchObject({ icon: 'idle', title: '' });
  });

  it('draws the followed meeting’s clock and what is recording, and copies the notice from the menu', async () => {
    const { h, controller, calls, drawn, advance, pushes } = await setup({ meetingClock: 'title' });
    await controller.refresh();
    h.feature.setWindowVisible(true);
    const alpha = h.meet.startConference('spaces/alpha');
    h.meet.join(alpha, 'signedinUser', 'Ada');
    await advance(POLL_INTERVALS_MS.discoveryVisible);
    expect(drawn.at(-1)).toMatchObject({ icon: 'live', title: '1' });
    const live = {
      record: alpha, space: 'spaces/alpha', startTime: h.meet.records.get(alpha)!.startTime, elapsedMinutes: 12, phase: 'open',
      endAutomatically: false, owner: true, personalRoom: false, badges: ['REC'],
    } as const;
    pushes.push('live.changed', live);
    expect(drawn.at(-1)).toMatchObject({ title: '1 · 0:12 · REC', tooltip: expect.stringContaining('; REC') });
    // A snapshot of another conference (one the tray does not follow) draws no clock.
    pushes.push('live.changed', { ...live, record: 'conferenceRecords/other' });
    expect(drawn.at(-1)).toMatchObject({ title: '1' });
    pushes.push('live.changed', live);
    controller.runMenuItem('live.copyRecording');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls.at(-1)).toEqual(['live.copy', { what: 'recording' }]);
  });
});
