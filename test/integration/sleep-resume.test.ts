import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Core } from '../../electron/core/create-core';
import type { EmulatorControl, LoggedRequest } from '@quickmeet/emulator';
import { ControllableSystemEvents, type RecordingEventSink } from '../support/in-memory-ports';
import { ctx, startSignedInCore, type SignedInCore } from './signed-in-core';
const TWO_HOURS_MS = 2 * 3600_000;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits (up to 10 s of real time) for a condition that the core's background work makes true. */
async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  for (let waited = 0; !(await condition()); waited += 50) {
    if (waited > 10_000) throw new Error('condition not reached in 10 s');
    await pause(50);
  }
}

const isRefresh = (r: LoggedRequest) => r.apiMethod === 'oauth.token' && r.grant === 'refresh_token';
const isMeet = (r: LoggedRequest) => r.apiMethod.startsWith('meet.');

/**
 * The whole core with real adapters and the in-process emulator, across a sleep that outlasts the
 * access token. Only Date is faked: the app, google-auth-library and the emulator all see the wall
 * clock jump two hours at once, as after a real suspend; timers and I/O stay real.
 */
describe('sleep and resume across token expiry (F32, R8)', () => {
  const system = new ControllableSystemEvents();
  let app: SignedInCore;
  let core: Core;
  let control: EmulatorControl;
  let events: RecordingEventSink;

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    app = await startSignedInCore({ system });
    ({ core, control, events } = app);
  });
  afterAll(async () => {
    await app.stop();
    vi.useRealTimers();
  });

  it('makes no call asleep; on wake refreshes the token first, once, and polls once without a burst', async () => {
    const { meeting } = await core.handlers['meetings.createInstant']({}, ctx);
    const record = await control.startConference(meeting.space);
    await control.join(record.name, { kind: 'anonymousUser', displayName: 'Before sleep' });
    await core.handlers['app.setWindowVisible']({ visible: true }, ctx);
    await until(() => events.last('attendees.changed')?.presentCount === 1);

    system.suspend();
    await pause(300);
    await control.clearRequests();
    vi.setSystemTime(Date.now() + TWO_HOURS_MS);
    await control.join(record.name, { kind: 'anonymousUser', displayName: 'During sleep' });
    await pause(1_000);
    expect(await control.requests()).toEqual([]);

    system.resume();
    await until(() => events.last('attendees.changed')?.presentCount === 2);
    await pause(2_000);
    const log = await control.requests();
    expect(log.filter(isRefresh)).toHaveLength(1);
    expect(log.findIndex(isRefresh)).toBeLessThan(log.findIndex(isMeet));
    expect(log.filter((r) => r.status === 401)).toEqual([]);
    expectOneRound(log);
  });

  it('makes no call offline and polls one round, not the missed ones, when back online', async () => {
    system.setOnline(false);
    await pause(300);
    await control.clearRequests();
    const record = (await core.handlers['conference.listLive']({}, ctx))[0]!.record;
    await control.join(record, { kind: 'phoneUser', displayName: 'While offline' });
    vi.setSystemTime(Date.now() + 10 * 60_000);
    await pause(1_000);
    expect(await control.requests()).toEqual([]);

    system.setOnline(true);
    await until(() => events.last('attendees.changed')?.presentCount === 3);
    await pause(2_000);
    const log = await control.requests();
    expect(log.filter((r) => r.status === 401)).toEqual([]);
    expectOneRound(log);
  });
});

/** Each Meet method at most once: the loops restart with one poll instead of replaying those they missed. */
function expectOneRound(log: ReadonlyArray<LoggedRequest>): void {
  const perMethod = new Map<string, number>();
  for (const r of log.filter(isMeet)) perMethod.set(r.apiMethod, (perMethod.get(r.apiMethod) ?? 0) + 1);
  expect(perMethod.size).toBeGreaterThan(0);
  expect([...perMethod].filter(([, count]) => count > 1)).toEqual([]);
}
