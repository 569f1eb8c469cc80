import { describe, expect, it } from 'vitest';
import type { TrayModel } from '../../electron/core/tray/tray-model';
import { createTrayController } from '../../electron/shell/tray-controller';
import type { Handlers } from '../../shared/ipc/handlers';
import { AppError } from '../../shared/ipc/result';
import { DEFAULT_SETTINGS } from '../../shared/model/settings';

const SIGNED_IN = { status: 'signedIn', email: 'ada@quickmeet.test', capabilities: ['createSpaces'], persisted: true } as const;

const RECORDING = {
  name: 'conferenceRecords/c1/recordings/r1',
  kind: 'recording',
  state: 'FILE_GENERATED',
  record: 'conferenceRecords/c1',
  space: 'spaces/s1',
  meetingCode: 'abc-mnop-xyz',
  startTime: '2026-11-24T09:00:00Z',
  endTime: '2026-11-24T09:42:00Z',
  exportUri: 'https://drive.google.com/file/d/f1/view',
} as const;

function setup(createInstant: () => Promise<unknown>) {
  const calls: Array<[string, unknown]> = [];
  const record = (channel: string, value: () => Promise<unknown>) => async (request: unknown) => {
    calls.push([channel, request]);
    return value();
  };
  const handlers = {
    'auth.getState': record('auth.getState', async () => SIGNED_IN),
    'settings.get': record('settings.get', async () => DEFAULT_SETTINGS),
    'meetings.listRecent': record('meetings.listRecent', async () => []),
    'meetings.createInstant': record('meetings.createInstant', createInstant),
    'recordings.list': record('recordings.list', async () => [RECORDING]),
    'recordings.open': record('recordings.open', async () => null),
  } as unknown as Handlers;
  const drawn: TrayModel[] = [];
  let revealed = 0;
  const controller = createTrayController({
    handlers,
    demoMode: true,
    draw: (model) => void drawn.push(model),
    revealWindow: () => void revealed++,
    quit: () => undefined,
    logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
  });
  return { controller, calls, drawn, revealed: () => revealed };
}

describe('tray controller', () => {
  it('creates one meeting however often the tray is clicked while one is in flight', async () => {
    let finish!: () => void;
    const { controller, calls, drawn } = setup(() => new Promise<void>((resolve) => (finish = resolve)));
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
    const { controller, calls, drawn, revealed } = setup(async () => {
      throw new AppError('QUOTA_EXCEEDED', 'Google asks to wait 30 s before the next meeting.', { retryAfterSeconds: 30 });
    });
    await controller.refresh();
    controller.runMenuItem('meeting.new:quick-call');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls.at(-1)).toEqual(['meetings.createInstant', { presetId: 'quick-call' }]);
    expect(drawn.at(-1)).toMatchObject({ icon: 'error', tooltip: expect.stringContaining('wait 30 s') });
    controller.runMenuItem('meeting.join');
    expect(revealed()).toBe(1);
  });

  it('shows the live head-count, lists recent recordings from the cache and opens one by menu id', async () => {
    const { controller, calls, drawn } = setup(async () => null);
    await controller.refresh();
    controller.observe('conference.liveChanged', [{ record: 'conferenceRecords/c2', space: 'spaces/s1', startTime: '2026-11-24T10:00:00Z' }]);
    controller.observe('attendees.changed', { record: 'conferenceRecords/c2', reset: false, upserted: [], removed: [], presentCount: 4, stale: false });
    expect(drawn.at(-1)).toMatchObject({ icon: 'live', title: '4', tooltip: expect.stringContaining('4') });
    const recordings = drawn.at(-1)!.menu.find((item) => item.id === 'recordings');
    expect(recordings).toMatchObject({ kind: 'submenu', enabled: true, items: [{ id: `recording.open:${RECORDING.name}`, enabled: true }] });
    controller.runMenuItem(`recording.open:${RECORDING.name}`);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls.at(-1)).toEqual(['recordings.open', { name: RECORDING.name }]);
    controller.observe('conference.liveChanged', []);
    expect(drawn.at(-1)).toMatchObject({ icon: 'idle', title: '' });
  });
});
