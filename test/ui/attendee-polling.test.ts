import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_READ_RETRY } from '../../electron/adapters/retry-policy';
import { backoffDelayMs } from '../../electron/core/polling/backoff';
import { SettingsView } from '../support/page-objects/settings-view';
import { QuickmeetApp } from '../support/quickmeet-app';

const PARTICIPANTS_LIST = 'meet.conferenceRecords.participants.list';

/** A signed-in app following one running conference with one person in it, on the Live tab. */
async function launchInConference(): Promise<{ app: QuickmeetApp; record: string; code: string }> {
  const app = await QuickmeetApp.launch();
  await app.signIn('ada@quickmeet.test');
  const link = await app.createInstantMeeting();
  const record = await app.startConference(link);
  await app.control.join(record, { kind: 'signedinUser', account: 'ada@quickmeet.test' });
  await app.window.tab('Live').click();
  await app.pollNow();
  await app.waitForAttendees(1);
  return { app, record, code: link.split('/').pop()! };
}

describe('a burst of 429s while polling participants', () => {
  let app: QuickmeetApp;
  let record: string;

  beforeAll(async () => ({ app, record } = await launchInConference()), 60_000);
  afterAll(async () => app?.close());

  it('keeps the last list marked as not up to date, honours Retry-After and backs off, then recovers', async () => {
    // One poll's reads are retried inside the Meet client; a burst as long as its attempts fails the poll.
    const burst = DEFAULT_READ_RETRY.maxAttempts;
    const retryAfterSeconds = 1;
    await app.control.setFaults({ method: PARTICIPANTS_LIST, kind: 'status', status: 429, retryAfterSeconds, count: burst });
    const since = (await app.control.requests()).at(-1)?.seq ?? 0;
    await app.control.join(record, { kind: 'anonymousUser', displayName: 'Latecomer' });
    await app.pollNow();
    await app.window.staleMarker().waitFor();
    await expect.poll(() => app.window.headcount().textContent()).toMatch(/^1 in call/);
    await expect(app.window.attendees().count()).resolves.toBe(1);
    await app.screenshot('attendees-stale');

    // Showing the window again during the backoff sends nothing early.
    for (let i = 0; i < 3; i += 1) await app.pollNow();
    await app.waitForAttendees(2);
    await app.window.staleMarker().waitFor({ state: 'detached' });
    await app.window.attendees().filter({ hasText: 'Latecomer' }).waitFor();

    const calls = (await app.control.requests(since)).filter((r) => r.apiMethod === PARTICIPANTS_LIST);
    const starts = calls.map((r) => Date.parse(r.startedAt));
    expect(calls.slice(0, burst + 1).map((r) => r.status)).toEqual([...Array<number>(burst).fill(429), 200]);
    for (let i = 1; i < burst; i += 1) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(retryAfterSeconds * 1000);
    // After the failed poll the loop waits at least its first backoff step before asking again.
    expect(starts[burst]! - starts[burst - 1]!).toBeGreaterThanOrEqual(backoffDelayMs(1, undefined, () => 0));
  });
});

describe('join notifications', () => {
  let app: QuickmeetApp;
  let record: string;
  let code: string;
  let settings: SettingsView;

  beforeAll(async () => {
    ({ app, record, code } = await launchInConference());
    settings = new SettingsView(app.page);
  }, 60_000);
  afterAll(async () => app?.close());

  it('tells the notifier who joined when notifications are on', async () => {
    await app.window.tab('Settings').click();
    await settings.notifyOnJoin().check();
    await settings.saved().waitFor();
    await app.window.tab('Live').click();
    const before = app.bridge.devices.notifier.shown.length;
    await app.control.join(record, { kind: 'anonymousUser', displayName: 'Grace Visitor' });
    await app.pollNow();
    await app.waitForAttendees(2);
    await expect.poll(() => app.bridge.devices.notifier.shown.slice(before)).toEqual([
      expect.objectContaining({ title: `Joined ${code}`, body: 'Grace Visitor joined the call.' }),
    ]);
  });

  it('stays quiet about joins once notifications are off', async () => {
    await app.window.tab('Settings').click();
    await settings.notifyOnJoin().uncheck();
    await expect.poll(() => settings.notifyOnJoin().isChecked()).toBe(false);
    await settings.saved().waitFor();
    await app.window.tab('Live').click();
    const before = app.bridge.devices.notifier.shown.length;
    await app.control.join(record, { kind: 'phoneUser' });
    await app.pollNow();
    await app.waitForAttendees(3);
    expect(app.bridge.devices.notifier.shown.slice(before)).toEqual([]);
  });
});
