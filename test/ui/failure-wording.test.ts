import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuickmeetApp } from '../support/quickmeet-app';

describe('failures say which side failed, with one countdown and a way out', () => {
  let app: QuickmeetApp;

  beforeAll(async () => {
    app = await QuickmeetApp.launch();
    await app.signIn('ada@quickmeet.test');
    // No spare: each New meeting goes to Google.
    await app.window.tab('Settings').click();
    await app.page.getByRole('switch', { name: /Keep a spare meeting ready/ }).uncheck();
    await app.page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await app.window.tab('Meet').click();
    await app.createInstantMeeting(); // uses up the spare made at sign-in
  }, 60_000);
  afterAll(async () => app?.close());

  it('a 429 shows one countdown, and the next click blames Google’s wait, not the local pacing', async () => {
    await app.control.setFaults({ method: 'meet.spaces.create', kind: 'status', status: 429, retryAfterSeconds: 4 });
    await app.window.newMeetingButton().click();
    const callout = app.window.errorWithCode('QUOTA_EXCEEDED');
    await callout.waitFor();
    await expect(callout.getByText(/Try again in \d+ s/).count()).resolves.toBe(1);
    await app.screenshot('quota-one-countdown');
    await callout.getByRole('button', { name: 'Dismiss' }).click();
    await app.window.newMeetingButton().click();
    const again = app.window.errorWithCode('QUOTA_EXCEEDED');
    await again.waitFor();
    await expect.poll(() => again.textContent()).toContain('Google asked Quickmeet to wait');
    await expect(app.window.errorWithCode('RATE_LIMITED_LOCALLY').count()).resolves.toBe(0);
  });

  it('a request that hangs can be stopped from the window', async () => {
    // Google's 4 s wait from the test before must be over first (it runs on the app's real clock).
    await app.page.waitForTimeout(4500);
    await app.window.alerts().getByRole('button', { name: 'Dismiss' }).click();
    await app.control.setFaults({ method: 'meet.spaces.create', kind: 'hang' });
    await app.window.newMeetingButton().click();
    const stop = app.page.getByRole('button', { name: 'Stop waiting' });
    await stop.click();
    await app.page.getByRole('status').filter({ hasText: /^Stopped waiting/ }).waitFor();
    await expect(app.window.newMeetingButton().isEnabled()).resolves.toBe(true);
    await app.window.meetingLink().getByText('Last meeting').waitFor();
    await app.screenshot('stopped-waiting');
  });

  it('when Quickmeet itself goes away, the window says so (not Google), greys what it shows, and offers Reload', async () => {
    await app.bridge.close();
    const notice = app.page.getByRole('list', { name: 'Notices' }).getByText(/Lost the connection to Quickmeet \(not to Google\)/);
    await notice.waitFor();
    await app.window.newMeetingButton().click({ force: true }).catch(() => undefined);
    await expect(app.page.getByText('Google Meet is not answering right now.').count()).resolves.toBe(0);
    await expect(app.page.locator('.account-views').getAttribute('inert')).resolves.not.toBeNull();
    await app.page.getByRole('list', { name: 'Notices' }).getByRole('button', { name: 'Reload', exact: true }).waitFor();
    await app.screenshot('connection-lost');
  });
});
