import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuickmeetApp } from '../support/quickmeet-app';

describe('tray window through the browser bridge', () => {
  let app: QuickmeetApp;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    app = await QuickmeetApp.launch();
    app.page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
  }, 60_000);
  afterAll(async () => app?.close());

  it('shows the brand, the account line in demo mode and the four sections', async () => {
    const { window } = app;
    await expect(window.heading().isVisible()).resolves.toBe(true);
    await window.demoBadge().waitFor();
    for (const name of ['Meet', 'Live', 'Recordings', 'Settings'] as const) {
      await expect(window.tab(name).isVisible()).resolves.toBe(true);
    }
    await expect(window.tab('Meet').getAttribute('aria-selected')).resolves.toBe('true');
  });

  it('puts a prominent New meeting button in focus so Enter creates', async () => {
    const button = app.window.newMeetingButton();
    await expect(button.isVisible()).resolves.toBe(true);
    await expect(button.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    const box = await button.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(40);
  });

  it('labels the preset picker, the join box and the live regions', async () => {
    const { window, page } = app;
    await expect(window.presetPicker().count()).resolves.toBe(1);
    await expect(window.joinInput().count()).resolves.toBe(1);
    await expect(page.locator('[aria-live]').count()).resolves.toBeGreaterThan(0);
  });

  it('moves between sections with the arrow keys', async () => {
    const { window, page } = app;
    await window.tab('Meet').focus();
    await page.keyboard.press('ArrowRight');
    await expect(window.tab('Live').getAttribute('aria-selected')).resolves.toBe('true');
    await page.keyboard.press('End');
    await expect(window.tab('Settings').getAttribute('aria-selected')).resolves.toBe('true');
    await page.keyboard.press('Home');
    await expect(window.tab('Meet').getAttribute('aria-selected')).resolves.toBe('true');
  });

  it('looks as its baseline picture does, with no errors in the console', async () => {
    // Throws, naming the actual picture and the diff, when the window differs from test/ui/screenshots/tray-window.png.
    await app.screenshot('tray-window');
    expect(consoleErrors.filter((text) => !text.includes('Failed to load resource'))).toEqual([]);
  });
});
