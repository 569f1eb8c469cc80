import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuickmeetApp } from '../support/quickmeet-app';

describe('the link card never passes an old link off as the new one', () => {
  let app: QuickmeetApp;
  let first: string;
  const card = () => app.window.meetingLink();

  beforeAll(async () => {
    app = await QuickmeetApp.launch();
    await app.signIn('ada@quickmeet.test');
    // No spare: each New meeting goes to Google, so it can be slow or fail.
    await app.window.tab('Settings').click();
    await app.page.getByRole('switch', { name: /Keep a spare meeting ready/ }).uncheck();
    await app.page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await app.window.tab('Meet').click();
    first = await app.createInstantMeeting();
  }, 60_000);
  afterAll(async () => app?.close());

  it('while Creating… runs, the previous link is greyed as “Last meeting” and Ctrl+C leaves it alone', async () => {
    await expect(card().getByText('Last meeting').count()).resolves.toBe(0);
    await app.control.setSettings({ latencyMs: 3000 });
    await app.window.newMeetingButton().click();
    await app.window.newMeetingButton().filter({ hasText: 'Creating…' }).waitFor();
    await card().getByText('Last meeting').waitFor();
    await expect(card().getAttribute('data-previous')).resolves.toBe('true');
    const writes = app.bridge.devices.clipboard.writes.length;
    await app.page.locator('body').press('Control+C');
    expect(app.bridge.devices.clipboard.writes.slice(writes)).toEqual([]);
    await app.screenshot('link-card-creating');
    await app.window.newMeetingButton().filter({ hasText: 'New meeting' }).waitFor();
    await expect(card().getByText('Last meeting').count()).resolves.toBe(0);
    await app.control.setSettings({ latencyMs: 0 });
  });

  it('above an error box the card says “Last meeting”, not the link just asked for', async () => {
    const shown = await card().getByRole('link').textContent();
    await app.control.setFaults({ method: 'meet.spaces.create', kind: 'status', status: 503, count: 5 });
    await app.window.newMeetingButton().click();
    await app.window.alerts().first().waitFor();
    await card().getByText('Last meeting').waitFor();
    await expect.poll(() => card().getByRole('link').textContent()).toBe(shown);
    expect(first).toBeTruthy();
    await app.screenshot('link-card-after-error');
    await app.control.clearFaults();
  });
});
