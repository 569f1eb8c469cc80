import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuickmeetApp } from '../support/quickmeet-app';

describe('demo mode: the autopilot meeting leaves a recap and a searchable transcript', () => {
  let app: QuickmeetApp;
  let code: string;

  beforeAll(async () => {
    app = await QuickmeetApp.launch({ viewport: { width: 420, height: 1000 }, bridge: { emulator: { autopilot: true } } });
    await app.signIn('ada@quickmeet.test');
    await app.page.getByRole('radio', { name: 'Start now' }).check();
    const from = app.bridge.devices.urlOpener.opened.length;
    code = new URL(await app.createInstantMeeting()).pathname.slice(1);
    const demo = await app.context.newPage();
    await demo.goto(await app.bridge.devices.urlOpener.waitForOpened(() => true, from));
    await demo.getByRole('button', { name: 'Join the demo call' }).click();
    await demo.getByRole('heading', { name: /You are in the demo call/ }).waitFor();
    await demo.close();
    // The autopilot's script: people join, one drops out and comes back, the dial-in caller leaves early.
    await app.control.advanceClock(30);
    await app.window.tab('Live').click();
    await app.pollNow();
    await app.window.headcount().filter({ hasText: /^[2-9] in call/ }).waitFor();
    await app.control.advanceClock(600);
  }, 90_000);
  afterAll(async () => app?.close());

  const card = () => app.page.getByTestId('recap-card');

  it('ending the demo call for everyone shows its recap, then its files and talk time', async () => {
    await app.window.endForEveryoneButton().click();
    await app.window.confirmDialog().getByRole('button', { name: 'End meeting' }).click();
    const people = card().getByRole('list', { name: 'Attendance' }).getByRole('listitem');
    await people.first().waitFor();
    await expect(card().getByRole('combobox', { name: 'Meeting to recap' }).locator('option:checked').textContent()).resolves.toContain(code);
    await expect(people.filter({ hasText: 'Guest Kim' }).textContent()).resolves.toContain('rejoined 1×');
    await expect(people.filter({ hasText: /\*\*/ }).textContent()).resolves.toMatch(/left \d+ min early/);

    await app.control.advanceClock(3_600);
    await app.pollNow();
    const files = card().getByRole('list', { name: 'Files' });
    for (const kind of ['recording', 'transcript', 'notes']) await files.getByRole('button', { name: `Open ${kind}` }).waitFor();
    await expect.poll(() => card().getByRole('list', { name: 'Talk time' }).getByRole('listitem').count()).toBeGreaterThan(2);
    // The attendance card under the recap loads on its own: picture the view once it lists everyone too.
    const recapped = await people.count();
    await expect.poll(() => app.page.getByRole('row').count()).toBe(recapped + 1);
    // The demo's people join on the autopilot's real-time script: who of a moment comes first varies.
    await app.screenshot('recap-demo', [card().getByRole('list', { name: 'Attendance' }), app.page.getByRole('table')]);
  });

  it('the demo transcript is searchable from the Recordings view', async () => {
    await app.window.tab('Recordings').click();
    await app.page.getByRole('searchbox', { name: 'Words to find in transcripts' }).fill('keychain');
    const results = app.page.getByRole('list', { name: 'Transcript matches' }).getByRole('listitem');
    await results.first().waitFor();
    await expect(results.first().locator('mark').allTextContents()).resolves.toEqual(['keychain']);
    await expect(results.first().textContent()).resolves.toContain(code);
    // The demo's files are made on the autopilot's real-time script: which of a moment comes first varies.
    await app.screenshot('transcript-search-demo', [app.page.getByRole('list', { name: 'Recordings and transcripts' })]);
  });
});
