import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { QuickmeetApi } from '../../shared/ipc/quickmeet-api';
import type { AuthState } from '../../shared/model/auth-state';
import { ConsentPage } from '../support/page-objects/consent-page';
import { QuickmeetApp } from '../support/quickmeet-app';

const ADA = 'ada@quickmeet.test';
const CREATED_SCOPE = 'https://www.googleapis.com/auth/meetings.space.created';
const READONLY_SCOPE = 'https://www.googleapis.com/auth/meetings.space.readonly';

describe('granting an optional permission later (incremental consent)', () => {
  let app: QuickmeetApp;
  const readAll = () => app.page.getByRole('region', { name: 'Settings' }).getByRole('switch', { name: 'Show meetings Quickmeet did not create' });
  const authState = () =>
    app.page.evaluate(async () => {
      const result = await (window as unknown as { quickmeet: QuickmeetApi }).quickmeet.auth.getState();
      return result.ok ? result.value : null;
    }) as Promise<AuthState | null>;
  const capabilities = async () => {
    const state = await authState();
    return state?.status === 'signedIn' ? [...state.capabilities].sort() : [];
  };

  /** Runs `action` (which opens the consent page), and answers the consent page and the URL it was opened with. */
  async function consentAfter(action: () => Promise<void>): Promise<{ consent: Page; url: URL }> {
    const from = app.bridge.devices.urlOpener.opened.length;
    await action();
    const url = await app.bridge.devices.urlOpener.waitForOpened(() => true, from);
    const consent = await app.context.newPage();
    await consent.goto(url);
    return { consent, url: new URL(url) };
  }

  /** A new app, signed out: each test starts from its own. */
  async function launchSignedOut(): Promise<void> {
    await app?.close();
    app = await QuickmeetApp.launch({ viewport: { width: 420, height: 900 } });
    await app.window.account().filter({ hasText: 'Not signed in' }).waitFor();
  }
  afterAll(async () => app?.close());

  // Every wait here ends on state (the consent URL opened, a capability granted, a control shown);
  // `expect.poll` once gave up after its 1 s default, which a loaded machine could exceed after Allow.

  it('Grant access on a missing createSpaces asks for exactly that permission after it was unticked at first consent', async () => {
    await launchSignedOut();
    const first = await consentAfter(() => app.window.signInButton().click());
    await first.consent.getByRole('checkbox', { name: /meetings\.space\.created/ }).uncheck();
    await new ConsentPage(first.consent).allowAs(ADA);
    await app.window.signOutButton().waitFor();
    await first.consent.close();
    await expect.poll(capabilities).toEqual([]);

    await app.window.newMeetingButton().click();
    const callout = app.page.locator('[data-error-code="SCOPE_MISSING"]');
    await callout.waitFor();
    const second = await consentAfter(() => callout.getByRole('button', { name: 'Grant access' }).click());
    expect(second.url.searchParams.get('scope')?.split(' ')).toContain(CREATED_SCOPE);
    expect(second.url.searchParams.get('login_hint')).toBe(ADA);
    await new ConsentPage(second.consent).allowAs(ADA);
    await second.consent.close();
    await expect.poll(capabilities).toEqual(['createSpaces']);
    // The box asked for what is now granted: it leaves.
    await callout.waitFor({ state: 'detached' });

    // The next token refresh (the access token expired) keeps the permission just granted.
    await app.control.advanceClock(3700);
    await app.window.newMeetingButton().click();
    await app.page.getByRole('status').filter({ hasText: /copied/ }).waitFor();
    const refreshes = (await app.control.requests()).filter((r) => r.apiMethod === 'oauth.token' && r.grant === 'refresh_token');
    expect(refreshes.length).toBeGreaterThan(0);
    await expect.poll(capabilities).toEqual(['createSpaces']);
  });

  it('grants readAllConferences from Settings through the consent page, and shows it as granted', async () => {
    await launchSignedOut();
    await app.signIn(ADA);
    await expect.poll(capabilities).toEqual(['createSpaces']);
    await app.window.tab('Settings').click();
    await expect(readAll().isChecked()).resolves.toBe(false);
    await expect(readAll().isEnabled()).resolves.toBe(true);
    const { consent, url } = await consentAfter(() => readAll().check());
    const asked = url.searchParams.get('scope')?.split(' ') ?? [];
    expect(asked).toEqual(expect.arrayContaining([CREATED_SCOPE, READONLY_SCOPE]));
    await new ConsentPage(consent).allowAs(ADA);
    await consent.close();
    await expect.poll(capabilities).toEqual(['createSpaces', 'readAllConferences']);
    await expect.poll(() => readAll().isChecked()).toBe(true);
    await expect(readAll().isDisabled()).resolves.toBe(true);
    await app.page.getByText(/^Granted: read-only access/).waitFor();
    await app.screenshot('settings-permissions-granted');
  });
});
