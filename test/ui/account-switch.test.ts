import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuickmeetApp } from '../support/quickmeet-app';

/** Participant-list calls the emulator saw for `record` since request `since`, with their statuses. */
async function participantCalls(app: QuickmeetApp, record: string, since: number) {
  const id = record.split('/').pop()!;
  return (await app.control.requests(since)).filter((r) => r.apiMethod === 'meet.conferenceRecords.participants.list' && r.path.includes(id));
}

describe('switching accounts leaves nothing of the previous account behind', () => {
  let app: QuickmeetApp;
  let adaLink: string;
  let adaRecord: string;

  beforeAll(async () => {
    app = await QuickmeetApp.launch({ viewport: { width: 420, height: 720 } });
    await app.signIn('ada@quickmeet.test');
    adaLink = await app.createInstantMeeting();
    adaRecord = await app.startConference(adaLink);
    await app.control.join(adaRecord, { kind: 'anonymousUser', displayName: 'Ada’s guest' });
    await app.window.tab('Live').click();
    await app.pollNow();
    await app.waitForAttendees(1);
    // An error box that belongs to Ada's session.
    await app.window.tab('Meet').click();
    await app.window.join('not a meeting at all');
    await app.window.errorWithCode('INVALID_MEETING_CODE').waitFor();
  }, 90_000);
  afterAll(async () => app?.close());

  it('signing out clears the link card, the error boxes and the followed meeting', async () => {
    await app.window.signOutButton().click();
    await app.window.signInButton().waitFor();
    await expect(app.window.meetingLink().count()).resolves.toBe(0);
    await expect(app.window.alerts().count()).resolves.toBe(0);
    await app.window.tab('Live').click();
    await expect(app.window.headcount().count()).resolves.toBe(0);
    await expect(app.page.getByText(adaLink.split('/').pop()!).count()).resolves.toBe(0);
    await app.screenshot('account-switch-signed-out');
  });

  it('the next account sees its own meeting with its people, and Ada’s conference is never polled as Grace', async () => {
    const since = (await app.control.requests()).at(-1)?.seq ?? 0;
    await app.window.tab('Meet').click();
    await app.signIn('grace@quickmeet.test');
    await expect(app.window.meetingLink().count()).resolves.toBe(0);
    // Ctrl+C with no meeting of Grace's must not copy Ada's link.
    const writes = app.bridge.devices.clipboard.writes.length;
    await app.page.keyboard.press('Control+C');
    expect(app.bridge.devices.clipboard.writes.slice(writes)).toEqual([]);

    const graceLink = await app.createInstantMeeting();
    const graceRecord = await app.startConference(graceLink);
    for (const name of ['One', 'Two', 'Three']) await app.control.join(graceRecord, { kind: 'anonymousUser', displayName: name });
    await app.window.tab('Live').click();
    await app.pollNow();
    await app.waitForAttendees(3);
    await expect(app.page.locator('#panel-live').getByText(graceLink.split('/').pop()!).first().isVisible()).resolves.toBe(true);
    await app.screenshot('account-switch-grace-live');

    expect(await participantCalls(app, adaRecord, since)).toEqual([]);
  });

  it('back as Ada, her meeting is followed again with its people', async () => {
    await app.window.signOutButton().click();
    await app.window.signInButton().waitFor();
    await app.window.tab('Meet').click();
    await app.signIn('ada@quickmeet.test');
    await expect.poll(() => app.window.meetingLink().getByRole('link').textContent()).toBe(adaLink.replace('https://', ''));
    await app.control.join(adaRecord, { kind: 'anonymousUser', displayName: 'Second guest' });
    await app.window.tab('Live').click();
    await app.pollNow();
    await app.waitForAttendees(2);
    await expect(app.window.staleMarker().count()).resolves.toBe(0);
    await app.screenshot('account-switch-ada-again');
  });

  it('a 403 on the followed conference stops following it and says so', async () => {
    const since = (await app.control.requests()).at(-1)?.seq ?? 0;
    // Google refuses this account every participant list of the conference from now on.
    await app.control.setFaults({ method: 'meet.conferenceRecords.participants.list', kind: 'status', status: 403, count: 50 });
    await app.pollNow();
    const notice = app.page.getByRole('list', { name: 'Notices' }).getByText(/Stopped following/);
    await notice.waitFor();
    await expect(app.window.headcount().count()).resolves.toBe(0);
    await app.screenshot('account-switch-follow-lost');
    // No retry loop against the refused conference: more polls (list of live conferences) ask nothing of it.
    const refused = (await participantCalls(app, adaRecord, since)).length;
    const before = (await app.control.requests()).at(-1)?.seq ?? 0;
    await app.pollNow();
    await expect.poll(async () => (await app.control.requests(before)).some((r) => r.apiMethod === 'meet.conferenceRecords.list')).toBe(true);
    await expect(participantCalls(app, adaRecord, since)).resolves.toHaveLength(refused);
    await app.control.clearFaults();
  });
});
