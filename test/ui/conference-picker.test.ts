import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuickmeetApp } from '../support/quickmeet-app';

describe('two conferences live at once', () => {
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

  it('asks which one to follow and shows no list until the user picks', async () => {
    await app.window.conferencePicker().waitFor({ timeout: 15_000 });
    await expect(app.window.conferencePicker().getByRole('radio').count()).resolves.toBe(2);
    await expect(app.window.tab('Live').textContent()).resolves.toBe('Live2');
    for (const { code } of meetings) await expect(app.window.conferenceChoice(code).isChecked()).resolves.toBe(false);
    await expect(app.window.attendees().count()).resolves.toBe(0);
    await app.screenshot('conference-picker');
  });

  it('follows the picked conference: its people only', async () => {
    const [standup] = meetings;
    await app.window.conferenceChoice(standup!.code).check();
    await app.waitForAttendees(1);
    await expect(app.window.attendees().allTextContents()).resolves.toEqual([expect.stringContaining('Standup guest')]);
    await expect(app.window.conferenceChoice(standup!.code).isChecked()).resolves.toBe(true);
  });

  it('switches the list when the user picks the other one, and keeps following it as people join', async () => {
    const review = meetings[1]!;
    await app.window.conferenceChoice(review.code).check();
    await app.waitForAttendees(2);
    await expect(app.window.attendees().filter({ hasText: 'Standup guest' }).count()).resolves.toBe(0);
    await app.window.attendees().filter({ hasText: 'Review guest' }).waitFor();
    await app.control.join(review.record, { kind: 'anonymousUser', displayName: 'Late reviewer' });
    await app.pollNow();
    await app.waitForAttendees(3);
    await expect(app.window.conferenceChoice(review.code).isChecked()).resolves.toBe(true);
    await app.screenshot('conference-picker-followed');
  });
});
