import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PushControl } from '@quickmeet/emulator';
import { ConsentPage } from '../support/page-objects/consent-page';
import { SettingsView } from '../support/page-objects/settings-view';
import { QuickmeetApp } from '../support/quickmeet-app';

describe('settings: instant updates', () => {
  let app: QuickmeetApp;
  let settings: SettingsView;

  beforeAll(async () => {
    app = await QuickmeetApp.launch({ viewport: { width: 420, height: 1400 } });
    settings = new SettingsView(app.page);
    app.page.setDefaultTimeout(30_000);
    await app.signIn('ada@quickmeet.test');
    await app.window.tab('Settings').click();
  }, 60_000);
  afterAll(async () => app?.close());

  it('starts off, with the status line saying Quickmeet polls', async () => {
    await expect.poll(() => settings.pushStatus().getAttribute('data-state')).toBe('off');
    await expect(settings.pushStatus().textContent()).resolves.toMatch(/^Off: Quickmeet checks for changes/);
    await expect(settings.pushSwitch().isChecked()).resolves.toBe(false);
  });

  it('refuses a project id Google Cloud would not accept, before asking Google anything', async () => {
    await settings.pushProject().fill('My Project!');
    await settings.pushSwitch().click();
    await expect(settings.instantUpdates().getByText(/Enter the project id of Quickmeet’s OAuth client/).isVisible()).resolves.toBe(true);
    await expect(settings.pushProject().getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(settings.pushSwitch().isChecked()).resolves.toBe(false);
    const shot = await app.screenshot('settings-instant-updates-invalid');
    expect(shot).toMatch(/\.png$/);
  });

  it('turns on with the Pub/Sub permission asked for in the browser, and says it is healthy', async () => {
    await app.window.tab('Meet').click();
    await app.createInstantMeeting();
    await app.window.tab('Settings').click();
    await settings.pushProject().fill('quickmeet-demo');
    const from = app.bridge.devices.urlOpener.opened.length;
    await settings.pushSwitch().click();
    const consentUrl = await app.bridge.devices.urlOpener.waitForOpened(() => true, from);
    expect(new URL(consentUrl).searchParams.get('scope')).toContain('https://www.googleapis.com/auth/pubsub');
    const consent = await app.context.newPage();
    await consent.goto(consentUrl);
    await new ConsentPage(consent).allowAs('ada@quickmeet.test');
    await consent.close();
    await expect.poll(() => settings.pushStatus().getAttribute('data-state')).toBe('healthy');
    await expect(settings.pushStatus().textContent()).resolves.toMatch(/^Healthy: joins and recordings show at once for 1 meeting/);
    await expect(settings.pushSwitch().isChecked()).resolves.toBe(true);
    await app.screenshot('settings-instant-updates-healthy');
  });

  it('shows a suspension with Google’s reason and the fix, and Try again restores it', async () => {
    const push = new PushControl(app.bridge.emulatorUrl);
    const [subscription] = await push.workspaceSubscriptions();
    await push.suspend(subscription!.name, 'ENDPOINT_PERMISSION_DENIED');
    await expect.poll(() => settings.pushStatus().getAttribute('data-state')).toBe('suspended');
    await expect(settings.pushStatus().textContent()).resolves.toMatch(/Suspended by Google \(ENDPOINT_PERMISSION_DENIED\).*meet-api-event-push@system\.gserviceaccount\.com/);
    await app.screenshot('settings-instant-updates-suspended');
    await settings.instantUpdates().getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => settings.pushStatus().getAttribute('data-state')).toBe('healthy');
  });

  it('turns off and removes what it made in the project', async () => {
    await settings.pushSwitch().click();
    await expect.poll(() => settings.pushStatus().getAttribute('data-state')).toBe('off');
    const push = new PushControl(app.bridge.emulatorUrl);
    await expect(push.workspaceSubscriptions()).resolves.toEqual([]);
    await expect(push.topics()).resolves.toEqual([]);
  });
});
