import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuickmeetApp } from '../support/quickmeet-app';

describe('several conferences live at once', () => {
  let app: QuickmeetApp;
  const meetings: Array<{ code: string; record: string }> = [];

  beforeAll(async () => {
    app = await QuickmeetApp.launch({ viewport: { width: 420, height: 640 } });
    await app.signIn('ada@quickmeet.test');
    for (const person of ['Standup guest', 'Review guest']) {
      const link = await app.createInstantMeeting();
      const record = await app.startConference(link);
      await app.control.join(record, { kind: 'anonymousUser', displayName: person });
      meetings.push({ code: link.split('/').pop()!, record });
    }
    await app.control.join(meetings[1]!.record, { kind: 'phoneUser' });
    await app.window.tab('Live').click();
    await app.pollNow();
  }, 60_000);
  afterAll(async () => app?.close());

  it('follows the meeting created last, in a compact picker, and the badge counts people, not meetings', async () => {
    await app.window.conferencePicker().waitFor();
    await expect(app.window.conferencePicker().getByRole('option').count()).resolves.toBe(2);
    await expect.poll(() => app.window.followedCode()).toBe(meetings[1]!.code);
    await app.waitForAttendees(2);
    await expect.poll(() => app.window.tab('Live').textContent()).toBe('Live2 in the call');
    await app.screenshot('conference-picker');
  });

  it('follows the picked conference: its people only', async () => {
    const [standup] = meetings;
    await app.window.followConference(standup!.code);
    await app.waitForAttendees(1);
    await expect(app.window.attendees().allTextContents()).resolves.toEqual([expect.stringContaining('Standup guest')]);
    await expect(app.window.followedCode()).resolves.toBe(standup!.code);
  });

  it('switches the list when the user picks the other one, and keeps following it as people join', async () => {
    const review = meetings[1]!;
    await app.window.followConference(review.code);
    await app.waitForAttendees(2);
    await expect(app.window.attendees().filter({ hasText: 'Standup guest' }).count()).resolves.toBe(0);
    await app.window.attendees().filter({ hasText: 'Review guest' }).waitFor();
    await app.control.join(review.record, { kind: 'anonymousUser', displayName: 'Late reviewer' });
    await app.pollNow();
    await app.waitForAttendees(3);
    await expect(app.window.followedCode()).resolves.toBe(review.code);
    await app.screenshot('conference-picker-followed');
  });

  it('keeps the tabs in view when the page scrolls, with no second scroll box inside it', async () => {
    for (let i = 0; i < 12; i += 1) await app.control.join(meetings[1]!.record, { kind: 'anonymousUser', displayName: `Extra ${i}` });
    await app.pollNow();
    await app.waitForAttendees(15);
    await app.page.mouse.wheel(0, 2000);
    await expect.poll(() => app.page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const top = await app.window.tab('Live').boundingBox();
    expect(top!.y).toBeGreaterThanOrEqual(0);
    expect(top!.y).toBeLessThan(40);
    const list = app.page.getByRole('list', { name: 'Attendees' });
    await expect(list.evaluate((element) => getComputedStyle(element).overflowY)).resolves.toBe('visible');
  });
});
