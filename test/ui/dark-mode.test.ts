import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuickmeetApp } from '../support/quickmeet-app';

/** Relative luminance of a CSS `rgb(…)` colour (WCAG 2). */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((part) => {
    const channel = Number(part) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
};

describe('the tray window in dark mode', () => {
  let app: QuickmeetApp;

  beforeAll(async () => {
    app = await QuickmeetApp.launch({ colorScheme: 'dark', viewport: { width: 420, height: 640 } });
    await app.signIn('ada@quickmeet.test');
    await app.createInstantMeeting();
  }, 60_000);
  afterAll(async () => app?.close());

  it('uses a dark background with readable text and a readable primary button', async () => {
    const colours = await app.page.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      return {
        background: style('body').backgroundColor,
        text: style('body').color,
        panel: style('.panel').backgroundColor,
        heroBackground: style('button.hero').backgroundColor,
        heroText: style('button.hero').color,
      };
    });
    expect(luminance(colours.background)).toBeLessThan(0.05);
    expect(contrast(colours.text, colours.panel)).toBeGreaterThanOrEqual(7);
    expect(contrast(colours.heroText, colours.heroBackground)).toBeGreaterThanOrEqual(4.5);
    await app.screenshot('dark-mode');
  });

  it('keeps the Settings and Recordings views dark too', async () => {
    await app.window.tab('Settings').click();
    const field = await app.page.evaluate(() => getComputedStyle(document.querySelector('.settings select')!).backgroundColor);
    expect(luminance(field)).toBeLessThan(0.05);
    await app.screenshot('dark-mode-settings');
  });
});
