import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuickmeetApp } from '../support/quickmeet-app';
import { saveScreenshot } from '../support/screenshots';

describe('demo mode opens a local demo meeting page, and only a meeting someone joins comes to life', () => {
  let app: QuickmeetApp;

  beforeAll(async () => {
    app = await QuickmeetApp.launch({ bridge: { emulator: { autopilot: true } } });
    await app.signIn('ada@quickmeet.test');
  }, 60_000);
  afterAll(async () => app?.close());

  it('spare and “For later” meetings start no conference on their own', async () => {
    await app.createInstantMeeting();
    await app.control.advanceClock(60);
    await app.window.tab('Live').click();
    await app.pollNow();
    await app.page.getByText(/^No meeting is running/).waitFor();
    await expect.poll(() => app.window.tab('Live').textContent()).toBe('Live');
  });

  it('Start now opens the demo page, which says what would happen for real; Join brings the call to life', async () => {
    await app.window.tab('Meet').click();
    await app.page.getByRole('radio', { name: 'Start now' }).check();
    const from = app.bridge.devices.urlOpener.opened.length;
    const link = await app.createInstantMeeting();
    const code = new URL(link).pathname.slice(1);
    const url = await app.bridge.devices.urlOpener.waitForOpened(() => true, from);
    expect(url).toBe(`${app.bridge.emulatorUrl}/demo/meet/${code}`);

    const demo = await app.context.newPage();
    await demo.goto(url);
    await demo.getByText('With a real Google account, this would open Google Meet').waitFor();
    await saveScreenshot(demo, 'demo-meeting-page');
    await demo.getByRole('button', { name: 'Join the demo call' }).click();
    await demo.getByRole('heading', { name: /You are in the demo call/ }).waitFor();
    await saveScreenshot(demo, 'demo-meeting-joined');
    await demo.close();

    await app.control.advanceClock(7);
    await app.window.tab('Live').click();
    await app.pollNow();
    await expect.poll(async () => (await app.window.headcount().textContent()) ?? '').toMatch(/^[3-9] in call/);
    await app.screenshot('demo-meeting-live');
  });
});
