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

    // Past the demo script's last step before the end (the caller hangs up at 20 s): a state that
    // holds however long the rest of the test takes. The steps run at once, so their join times tie:
    // the list is sorted by name for the picture.
    await app.control.advanceClock(25);
    await app.window.tab('Live').click();
    await app.pollNow();
    await app.waitForAttendees(3);
    await app.window.attendees().filter({ hasText: 'Phone' }).filter({ hasText: /Left/ }).waitFor();
    await app.window.attendees().filter({ hasText: 'Guest Kim' }).filter({ hasText: '2 sessions' }).waitFor();
    await app.page.getByLabel('Sort').selectOption('name');
    await app.screenshot('demo-meeting-live');
  });
});
