import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuickmeetApp } from '../support/quickmeet-app';

const ADA = 'ada@quickmeet.test';

describe('sign in with Google through the emulator consent page', () => {
  let app: QuickmeetApp;

  beforeAll(async () => {
    app = await QuickmeetApp.launch();
  }, 60_000);
  afterAll(async () => app?.close());

  it('starts signed out, with a sign-in button', async () => {
    await app.window.account().filter({ hasText: 'Not signed in' }).waitFor();
    await expect(app.window.signInButton().isEnabled()).resolves.toBe(true);
  });

  it('hands the consent URL to the system browser and signs in after Allow', async () => {
    await app.signIn(ADA);
    const consentUrl = new URL(app.bridge.devices.urlOpener.opened.at(-1)!);
    expect(consentUrl.origin).toBe(app.bridge.emulatorUrl);
    expect(consentUrl.pathname).toBe('/o/oauth2/v2/auth');
    expect(consentUrl.searchParams.get('code_challenge_method')).toBe('S256');
    await expect.poll(() => app.window.account().textContent()).toMatch(/Signed in as/);
    await app.screenshot('signed-in');
  });

  it('never shows a token in the page', async () => {
    const html = await app.page.content();
    expect(html).not.toMatch(/ya29\.|1\/\/[0-9A-Za-z_-]{10,}/);
  });

  it('signs out', async () => {
    await app.window.signOutButton().click();
    await app.window.account().filter({ hasText: 'Not signed in' }).waitFor();
  });
});
