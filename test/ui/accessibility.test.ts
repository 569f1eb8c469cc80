import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe-violations';
import { QuickmeetApp } from '../support/quickmeet-app';

const TABS = ['Meet', 'Live', 'Recordings', 'Settings'] as const;

describe('accessibility of every tab, light and dark, signed in (axe-core)', () => {
  let app: QuickmeetApp;

  beforeAll(async () => {
    app = await QuickmeetApp.launch({ viewport: { width: 380, height: 720 } });
    await app.signIn('ada@quickmeet.test');
    // Something on every tab: a link, a live call with people, a finished call with its files.
    const done = await app.startConference(await app.createInstantMeeting());
    await app.control.join(done, { kind: 'anonymousUser', displayName: 'Earlier guest' });
    await app.window.tab('Live').click();
    await app.pollNow();
    await app.waitForAttendees(1);
    await app.control.end(done, { artifacts: ['recording', 'transcript'], generateNow: true });
    await app.pollNow();
    await app.window.tab('Meet').click();
    const live = await app.startConference(await app.createInstantMeeting());
    await app.control.join(live, { kind: 'anonymousUser', displayName: 'Guest' });
    await app.control.join(live, { kind: 'phoneUser' });
    await app.window.tab('Live').click();
    await app.pollNow();
    await app.waitForAttendees(2);
    await app.window.tab('Recordings').click();
    await app.pollNow();
    await app.window.recordings().first().waitFor();
  }, 90_000);
  afterAll(async () => app?.close());

  for (const scheme of ['light', 'dark'] as const) {
    for (const tab of TABS) {
      it(`${tab} in ${scheme} mode has no serious or critical violation`, async () => {
        await app.page.emulateMedia({ colorScheme: scheme });
        await app.window.tab(tab).click();
        expect(await seriousViolations(app)).toEqual([]);
      });
    }
  }

  it('reflows at 320 CSS px (a 640 px window at 200 % zoom): nothing cut off sideways on any tab', async () => {
    await app.page.emulateMedia({ colorScheme: 'light' });
    await app.page.setViewportSize({ width: 320, height: 640 });
    for (const tab of TABS) {
      await app.window.tab(tab).click();
      const overflow = await app.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect({ tab, overflow }).toEqual({ tab, overflow: 0 });
      await app.screenshot(`reflow-320-${tab.toLowerCase()}`);
    }
  });
});
