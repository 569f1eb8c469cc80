import { describe, expect, it } from 'vitest';
import type { TrayModel } from '../../electron/core/tray/tray-model';
import { createTrayController } from '../../electron/shell/tray-controller';
import type { Handlers } from '../../shared/ipc/handlers';
import { AppError } from '../../shared/ipc/result';
import { DEFAULT_SETTINGS } from '../../shared/model/settings';

const SIGNED_IN = { status: 'signedIn', email: 'ada@quickmeet.test', capabilities: ['createSpaces'], persisted: true } as const;

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
});
