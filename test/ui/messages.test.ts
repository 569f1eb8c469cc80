import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsentPage } from '../support/page-objects/consent-page';
import { QuickmeetApp } from '../support/quickmeet-app';
import { saveScreenshot } from '../support/screenshots';

describe('messages say what happened, and leave when no longer true', () => {
  let app: QuickmeetApp;
  const status = (text: RegExp) => app.page.getByRole('status').filter({ hasText: text });

  beforeAll(async () => {
    app = await QuickmeetApp.launch();
    await app.window.account().filter({ hasText: 'Not signed in' }).waitFor();
  }, 60_000);
  afterAll(async () => app?.close());

  it('“Sign in with Google first” offers Sign in (not “again”), shows the address while waiting, and leaves once signed in', async () => {
    await app.window.newMeetingButton().click();
    const callout = app.window.errorWithCode('NOT_SIGNED_IN');
    await callout.waitFor();
    await expect(callout.getByRole('button', { name: 'Sign in again' }).count()).resolves.toBe(0);
    const from = app.bridge.devices.urlOpener.opened.length;
    await callout.getByRole('button', { name: 'Sign in', exact: true }).click();
    const url = await app.bridge.devices.urlOpener.waitForOpened(() => true, from);

    await app.window.account().getByText('Finish signing in with your browser…').waitFor();
    await app.window.account().getByText('No browser window?').click();
    await expect(app.window.account().getByLabel(/Open this address/).inputValue()).resolves.toBe(url);
    await app.screenshot('sign-in-waiting-with-address');

    const consent = await app.context.newPage();
    await consent.goto(url);
    await new ConsentPage(consent).allowAs('ada@quickmeet.test');
    // The browser tab lands on Quickmeet's own styled page, not bare text.
    await consent.getByRole('heading', { level: 1 }).waitFor();
    await expect(consent.title()).resolves.toMatch(/– Quickmeet$/);
    await expect(consent.locator('main').evaluate((element) => getComputedStyle(element).borderRadius)).resolves.toBe('12px');
    await saveScreenshot(consent, 'sign-in-success-page');
    await consent.close();
    await app.window.signOutButton().waitFor();
    await expect(app.window.alerts().count()).resolves.toBe(0);
  });

  it('says the code was copied when the clipboard holds the code', async () => {
    await app.window.tab('Settings').click();
    await app.page.getByLabel('Copy the link as').selectOption('code');
    await status(/Saved\./).waitFor();
    await app.window.tab('Meet').click();
    await app.window.newMeetingButton().click();
    const copied = status(/^Meeting code copied: /);
    await copied.waitFor();
    const code = (await copied.textContent())!.replace('Meeting code copied: ', '');
    expect(app.systemClipboard()).toBe(code);
    expect(code).toMatch(/^[a-z]{3}-[a-z]{4}-[a-z]{3}$/);
    await app.screenshot('copied-code-status');
  });

  it('“Saved.” does not stay under a shortcut that failed its check', async () => {
    await app.window.tab('Settings').click();
    await status(/Saved\./).waitFor();
    await app.page.getByRole('button', { name: 'Change shortcut…' }).click();
    await app.page.getByLabel('Shortcut', { exact: true }).press('Alt+Tab');
    await app.page.getByRole('alert').filter({ hasText: 'belongs to the system' }).waitFor();
    await expect(status(/Saved\./).count()).resolves.toBe(0);
  });

  it('“Opened …” after joining leaves after a few seconds', async () => {
    await app.window.tab('Meet').click();
    const code = new URL(await app.createInstantMeeting()).pathname.slice(1);
    await app.window.join(code);
    const opened = status(new RegExp(`^Opened ${code}`));
    await opened.waitFor();
    await opened.waitFor({ state: 'detached' });
  });

  it('recent meetings stay in place on Copy, and the button keeps its width', async () => {
    await app.window.tab('Meet').click();
    await app.createInstantMeeting();
    const codes = () => app.window.recentMeetings().locator('.mono').allTextContents();
    const before = await codes();
    expect(before.length).toBeGreaterThanOrEqual(2);
    const older = before.at(-1)!;
    const button = app.page.getByRole('button', { name: `Copy link of ${older}` });
    const width = (await button.boundingBox())!.width;
    await button.click();
    await button.filter({ hasText: 'Copied ✓' }).waitFor();
    await expect(codes()).resolves.toEqual(before);
    expect((await button.boundingBox())!.width).toBe(width);
  });

  it('empty states point at what to do, without jargon', async () => {
    await app.window.tab('Live').click();
    await app.page.getByText(/No meeting is running\. Meetings you create or join show their people here\./).waitFor();
    await expect(app.page.getByText(/recent spaces/).count()).resolves.toBe(0);
  });

  it('the invitation format carries dial-in numbers in demo mode, and the status says so', async () => {
    await app.window.tab('Settings').click();
    await app.page.getByLabel('Copy the link as').selectOption('invite');
    await status(/Saved\./).waitFor();
    await app.window.tab('Meet').click();
    await app.window.newMeetingButton().click();
    await status(/^Invitation to .* copied, with dial-in numbers\.$/).waitFor();
    expect(app.systemClipboard()).toMatch(/Join by phone:\n\(US\) \+1202555\d{4} PIN: \d+#\n\(GB\) \+44\d+ PIN: \d+#/);
  });
});
