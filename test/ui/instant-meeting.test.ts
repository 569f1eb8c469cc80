import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuickmeetApp } from '../support/quickmeet-app';

const MEET_LINK = /^https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/;

describe('instant meeting from the tray window', () => {
  let app: QuickmeetApp;
  /** The codes of the meetings created below, oldest first. */
  const created: string[] = [];
  const codeOf = (link: string) => link.split('/').at(-1)!;

  beforeAll(async () => {
    app = await QuickmeetApp.launch();
    await app.signIn('ada@quickmeet.test');
  }, 60_000);
  afterAll(async () => app?.close());

  it('New meeting puts the link on the page clipboard and the system clipboard', async () => {
    const link = await app.createInstantMeeting();
    expect(link).toMatch(MEET_LINK);
    created.push(codeOf(link));
    await expect(app.pageClipboard()).resolves.toBe(link);
    expect(app.systemClipboard()).toBe(link);
    await app.page.getByRole('status').filter({ hasText: 'Meeting link copied' }).waitFor();
  });

  it('Enter creates another meeting when focus is on the window', async () => {
    const before = await app.window.meetingLink().getByRole('link').textContent();
    await app.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await app.page.keyboard.press('Enter');
    const fresh = app.window.meetingLink().getByRole('link').filter({ hasNotText: before! });
    await fresh.waitFor();
    created.push(codeOf((await fresh.textContent())!));
  });

  it('Ctrl+C copies the current link when nothing is selected', async () => {
    const shown = `https://${await app.window.meetingLink().getByRole('link').textContent()}`;
    await app.page.evaluate(() => navigator.clipboard.writeText('something else'));
    await app.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await app.page.keyboard.press('Control+C');
    await expect.poll(() => app.pageClipboard()).toBe(shown);
  });

  it('lists the meetings it created, newest first', async () => {
    expect(created).toHaveLength(2);
    await expect.poll(() => app.window.recentMeetings().count()).toBe(2);
    // The meeting made by Enter comes before the one made by the click, and the card shows it too.
    const codes = await app.window.recentMeetings().locator('.mono').allTextContents();
    expect(codes).toEqual([...created].reverse());
    expect(codeOf((await app.window.meetingLink().getByRole('link').textContent())!)).toBe(created[1]);
    await app.screenshot('new-meeting');
  });

  it('rejects a look-alike link with a clear message and keeps the input', async () => {
    const lookAlike = 'https://meet.google.com.evil.com/abc-mnop-xyz';
    await app.window.join(lookAlike);
    await app.window.alerts().filter({ hasText: /not a meeting code or a meeting link/ }).waitFor();
    await expect(app.window.joinInput().inputValue()).resolves.toBe(lookAlike);
    await app.screenshot('join-error');
  });

  it('says what a pasted Meet link that is not a meeting is', async () => {
    const pasted = 'Start one here: https://meet.google.com/new.';
    await app.window.join(pasted);
    await app.window.alerts().filter({ hasText: /link for starting a new meeting/ }).waitFor();
    await expect(app.window.joinInput().inputValue()).resolves.toBe(pasted);
    await app.screenshot('join-meet-page');
  });
});
