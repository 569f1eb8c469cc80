import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
});
