import { describe, expect, it } from 'vitest';
import { OAuthFailure } from '../../../electron/core/ports/oauth-client';
import { MEET_CREATED_SCOPE, MEET_READONLY_SCOPE } from '../../../electron/core/auth/scopes';
import { AUTH_ORIGIN, buildAuthHarness, CREATED_GRANT } from './auth-fakes';

describe('sign-in flow in the system browser', () => {
  it('opens exactly one consent URL on the configured origin, with PKCE S256 and least scopes (O1, O4)', async () => {
    const h = buildAuthHarness();
    h.approveInBrowser();
    const state = await h.auth.signIn();
    expect(state).toEqual({ status: 'signedIn', email: 'ada@quickmeet.test', name: 'Ada Lovelace', capabilities: ['createSpaces'], persisted: true });
    expect(h.urlOpener.opened).toHaveLength(1);
    const url = new URL(h.urlOpener.opened[0]!);
    expect(url.origin).toBe(AUTH_ORIGIN);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('scope')?.split(' ')).toEqual(['openid', 'email', 'profile', MEET_CREATED_SCOPE]);
    expect(url.searchParams.get('redirect_uri')).toBe('http://127.0.0.1:49152/oauth2/callback');
    // The exchange carries the verifier whose challenge went to the browser.
    const { createHash } = await import('node:crypto');
    const verifier = h.oauth.exchanges[0]!.codeVerifier;
    expect(createHash('sha256').update(verifier).digest('base64url')).toBe(url.searchParams.get('code_challenge'));
  });

  it('goes through waitingForBrowser and closes the listener after success (O3)', async () => {
    const h = buildAuthHarness();
    h.approveInBrowser();
    await h.auth.signIn();
    const states = h.events.emitted.filter((e) => e.event === 'auth.changed').map((e) => e.payload as { status: string; signInUrl?: string });
    expect(states.map((state) => state.status)).toEqual(['waitingForBrowser', 'waitingForBrowser', 'signedIn']);
    // The second tells the window the consent page's address, for when no browser opened.
    expect(states[1]!.signInUrl).toBe(h.urlOpener.opened[0]);
    expect(h.listener.closed).toBe(1);
  });

  it('asks for consent (prompt=consent) only when no refresh token is stored (O10)', async () => {
    const h = buildAuthHarness();
    h.approveInBrowser();
    await h.auth.signIn();
    expect(h.oauth.authRequests[0]!.prompt).toBe('consent');
    h.oauth.grantedScopes = [...CREATED_GRANT, MEET_READONLY_SCOPE];
    await h.auth.requestCapability('readAllConferences');
    expect(h.oauth.authRequests[1]!.prompt).toBeUndefined();
    expect(h.oauth.authRequests[1]!.loginHint).toBe('ada@quickmeet.test');
  });

  it('refuses callbacks with a bad state without exchanging, then times out with a clear message (F19, F21, O3)', async () => {
    const h = buildAuthHarness({ flowTimeoutMs: 50 });
    const pending = h.auth.signIn();
    await waitUntil(() => h.urlOpener.opened.length === 1);
    expect(h.listener.deliver({ state: 'forged', code: '4/x' }).accept).toBe(false);
    expect(h.listener.deliver({ code: '4/x' }).accept).toBe(false);
    await expect(pending).rejects.toMatchObject({ code: 'TIMEOUT', message: expect.stringContaining('did not come back') });
    expect(h.oauth.exchanges).toHaveLength(0);
    expect(h.listener.closed).toBe(1);
    expect(h.auth.state()).toMatchObject({ status: 'signedOut', lastError: expect.stringContaining('timed out') });
  });

  it('ends with a friendly message on error=access_denied and closes the listener (F18)', async () => {
    const h = buildAuthHarness();
    h.urlOpener.onOpen = (url) => queueMicrotask(() => h.listener.deliver({ state: url.searchParams.get('state')!, error: 'access_denied' }));
    await expect(h.auth.signIn()).rejects.toMatchObject({ code: 'CANCELLED', message: expect.stringContaining('declined') });
    expect(h.oauth.exchanges).toHaveLength(0);
    expect(h.listener.closed).toBe(1);
  });

  it('cancels a waiting flow and closes the listener (O3)', async () => {
    const h = buildAuthHarness();
    const pending = h.auth.signIn();
    await waitUntil(() => h.urlOpener.opened.length === 1);
    expect(h.auth.state().status).toBe('waitingForBrowser');
    const after = await h.auth.cancelSignIn();
    expect(after.status).toBe('signedOut');
    await expect(pending).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(h.listener.closed).toBe(1);
  });

  it('joins a second sign-in click to the running flow', async () => {
    const h = buildAuthHarness();
    const first = h.auth.signIn();
    const second = h.auth.signIn();
    await waitUntil(() => h.urlOpener.opened.length === 1);
    h.listener.deliver({ state: new URL(h.urlOpener.opened[0]!).searchParams.get('state')!, code: '4/ok' });
    expect(await first).toEqual(await second);
    expect(h.listener.opened).toBe(1);
    expect(h.oauth.exchanges).toHaveLength(1);
  });

  it.each([
    ['unavailable', 'UNAVAILABLE'],
    ['invalid_grant', 'NEEDS_REAUTH'],
    ['config', 'CONFIG_ERROR'],
    ['timeout', 'TIMEOUT'],
  ] as const)('exchanges the code once when the token endpoint fails with %s, and reports %s (O7, F14–F16)', async (kind, code) => {
    const h = buildAuthHarness();
    h.oauth.exchangeFailure = new OAuthFailure(kind, 'scripted');
    h.approveInBrowser();
    await expect(h.auth.signIn()).rejects.toMatchObject({ code });
    expect(h.oauth.exchanges).toHaveLength(1);
    expect(h.secrets.entries.size).toBe(0);
    expect(h.auth.state().status).toBe('signedOut');
    // Signing in again restarts from the browser with a fresh state and verifier.
    h.oauth.exchangeFailure = null;
    await h.auth.signIn();
    expect(h.urlOpener.opened).toHaveLength(2);
    expect(h.oauth.exchanges[1]!.codeVerifier).not.toBe(h.oauth.exchanges[0]!.codeVerifier);
  });
});

describe('granted scopes gate capabilities (O11, F22)', () => {
  it('reports a missing capability with an explanation and asks for it incrementally', async () => {
    const h = buildAuthHarness();
    h.approveInBrowser();
    await h.auth.signIn();
    expect(() => h.auth.require('readAllConferences')).toThrow(expect.objectContaining({ code: 'SCOPE_MISSING' }));
    h.oauth.grantedScopes = [...CREATED_GRANT, MEET_READONLY_SCOPE];
    const state = await h.auth.requestCapability('readAllConferences');
    expect(state).toMatchObject({ status: 'signedIn', capabilities: ['createSpaces', 'readAllConferences'] });
    expect(h.oauth.authRequests[1]!.scopes).toContain(MEET_READONLY_SCOPE);
    expect(() => h.auth.require('readAllConferences')).not.toThrow();
  });

  it('keeps working with a subset and says so when the user unticks the scope', async () => {
    const h = buildAuthHarness();
    h.oauth.grantedScopes = ['openid'];
    h.approveInBrowser();
    const state = await h.auth.signIn();
    expect(state).toMatchObject({ status: 'signedIn', capabilities: [] });
    expect(() => h.auth.require('createSpaces')).toThrow(expect.objectContaining({ code: 'SCOPE_MISSING', message: expect.stringContaining('create') }));
    await expect(h.auth.requestCapability('readAllConferences')).rejects.toMatchObject({ code: 'SCOPE_MISSING' });
  });

  it('requires sign-in before any capability', () => {
    const h = buildAuthHarness();
    expect(() => h.auth.require('createSpaces')).toThrow(expect.objectContaining({ code: 'NOT_SIGNED_IN' }));
  });
});

async function waitUntil(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i += 1) await new Promise((r) => setTimeout(r, 1));
  if (!condition()) throw new Error('condition not reached');
}
