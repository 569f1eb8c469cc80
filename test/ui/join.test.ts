import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuickmeetApp } from '../support/quickmeet-app';

describe('joining needs no answer from Google to open the link', () => {
  let app: QuickmeetApp;
  let code: string;

  beforeAll(async () => {
    app = await QuickmeetApp.launch();
    await app.signIn('ada@quickmeet.test');
    code = new URL(await app.createInstantMeeting()).pathname.slice(1);
  }, 60_000);
  afterAll(async () => app?.close());

  it('opens at once while Google does not answer, and checks in the background', async () => {
    await app.control.setFaults({ method: 'meet.spaces.get', kind: 'hang' });
    const from = app.bridge.devices.urlOpener.opened.length;
    await app.window.join(code);
    // Well before the 15 s a hung request takes to fail.
    await app.page.getByRole('status').filter({ hasText: `Opened ${code}` }).waitFor();
    expect(app.bridge.devices.urlOpener.opened.slice(from)).toEqual([`${app.bridge.emulatorUrl}/demo/meet/${code}`]);
    await expect(app.window.alerts().count()).resolves.toBe(0);
    await app.control.clearFaults();
  });

  it('says “not found” once for a code nobody has', async () => {
    await app.window.join('zzz-zzzz-zzz');
    const callout = app.window.errorWithCode('NOT_FOUND');
    await callout.waitFor();
    const text = (await callout.textContent()) ?? '';
    expect(text.match(/not (be )?found/gi)).toHaveLength(1);
    await app.screenshot('join-not-found');
  });
});
