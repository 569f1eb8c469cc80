import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuickmeetApp } from '../support/quickmeet-app';

/** "45 s", "2 min" → seconds (minutes as their lower bound). */
const seconds = (text: string): number => {
  const value = Number(/(\d+)/.exec(text)?.[1] ?? NaN);
  return text.includes('min') ? value * 60 : value;
};

describe('numbers in the window move between polls', () => {
  let app: QuickmeetApp;
  let record: string;

  beforeAll(async () => {
    app = await QuickmeetApp.launch();
    await app.signIn('ada@quickmeet.test');
    record = await app.startConference(await app.createInstantMeeting());
    await app.control.join(record, { kind: 'anonymousUser', displayName: 'Guest in the call' });
    await app.window.tab('Live').click();
    await app.pollNow();
    await app.waitForAttendees(1);
  }, 60_000);
  afterAll(async () => app?.close());

  it('“time in call” ticks in the window while no poll brings news', async () => {
    const time = app.page.getByTestId('time-in-call').first();
    const first = seconds((await time.textContent()) ?? '');
    const since = (await app.control.requests()).at(-1)?.seq ?? 0;
    // From now on no participant list can arrive: every one of them hangs.
    await app.control.setFaults({ method: 'meet.conferenceRecords.participants.list', kind: 'hang', count: 100 });
    await expect.poll(async () => seconds((await time.textContent()) ?? '')).toBeGreaterThanOrEqual(first + 2);
    const answered = (await app.control.requests(since)).filter((r) => r.apiMethod === 'meet.conferenceRecords.participants.list' && r.status === 200);
    expect(answered).toEqual([]);
    await app.screenshot('live-time-ticking');
    await app.control.clearFaults();
  });

  it('looks for the conference of a meeting just created every few seconds, not every 10–15 s', async () => {
    await app.window.tab('Meet').click();
    await app.createInstantMeeting();
    const since = (await app.control.requests()).at(-1)?.seq ?? 0;
    const lists = async () => (await app.control.requests(since)).filter((r) => r.apiMethod === 'meet.conferenceRecords.list');
    await expect.poll(async () => (await lists()).length).toBeGreaterThanOrEqual(3);
    const starts = (await lists()).map((r) => Date.parse(r.startedAt));
    const gaps = starts.slice(1).map((at, index) => at - starts[index]!);
    expect(Math.max(...gaps)).toBeLessThan(5_000);
  });
});
