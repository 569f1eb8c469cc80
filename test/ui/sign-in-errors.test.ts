import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsentPage } from '../support/page-objects/consent-page';
import { QuickmeetApp } from '../support/quickmeet-app';

describe('sign-in that does not complete', () => {
  let app: QuickmeetApp;

  beforeAll(async () => {
    app = await QuickmeetApp.launch();
    await app.window.account().filter({ hasText: 'Not signed in' }).waitFor();
  }, 60_000);
  afterAll(async () => app?.close());

  /** Clicks Sign in and answers the consent URL handed to the "system browser". */
  async function startSignIn(): Promise<URL> {
    const from = app.bridge.devices.urlOpener.opened.length;
    await app.window.signInButton().click();
    await app.window.cancelSignInButton().waitFor();
    return new URL(await app.bridge.devices.urlOpener.waitForOpened(() => true, from));
  }

  it('explains a refusal on the consent page and offers sign-in again', async () => {
    const consentUrl = await startSignIn();
    const consent = await app.context.newPage();
    await consent.goto(consentUrl.href);
    await new ConsentPage(consent).deny();
    await consent.close();
    await app.window.account().filter({ hasText: 'Not signed in' }).waitFor();
    await app.window.account().getByText(/declined|denied|refused|did not allow/i).first().waitFor();
    await expect(app.window.account().textContent()).resolves.not.toMatch(/access_denied|Error:/);
    await expect(app.window.signInButton().isEnabled()).resolves.toBe(true);
    await app.screenshot('sign-in-denied');
  });

  it('cancels while waiting for the browser: back to signed out, and the sign-in listener is closed', async () => {
    const consentUrl = await startSignIn();
    await app.window.account().getByText('Finish signing in with your browser').waitFor();
    await app.window.cancelSignInButton().click();
    await app.window.account().filter({ hasText: 'Not signed in' }).waitFor();
    await expect(app.window.signInButton().isEnabled()).resolves.toBe(true);
    await expect(app.window.alerts().count()).resolves.toBe(0);
    const redirect = new URL(consentUrl.searchParams.get('redirect_uri')!);
    await expect(fetch(`${redirect.href}?code=late&state=${consentUrl.searchParams.get('state')}`)).rejects.toThrow();
  });

  it('signs in normally after both', async () => {
    await app.signIn('ada@quickmeet.test');
    await expect.poll(() => app.window.account().textContent()).toMatch(/Signed in as/);
  });
});
