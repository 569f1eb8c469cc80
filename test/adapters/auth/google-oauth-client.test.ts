import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGoogleOAuthClient } from '../../../electron/adapters/google-oauth-client';
import { emulatorEndpoints } from '../../../electron/adapters/google-oauth-endpoints';
import { createLoopbackRedirectListener } from '../../../electron/adapters/loopback-redirect-listener';
import { createCallbackGuard, createOAuthState } from '../../../electron/core/auth/callback-guard';
import { createPkcePair } from '../../../electron/core/auth/pkce';
import { BASE_SCOPES, MEET_CREATED_SCOPE } from '../../../electron/core/auth/scopes';
import type { OAuthClient } from '../../../electron/core/ports/oauth-client';
import { DEMO_CLIENT, EmulatorControl, type RunningEmulator, startEmulator } from '@quickmeet/emulator';
import { answerConsent } from './consent-browser';

let emulator: RunningEmulator;
let control: EmulatorControl;

beforeAll(async () => {
  emulator = await startEmulator();
  control = new EmulatorControl(emulator.baseUrl);
});
afterAll(() => emulator.close());
beforeEach(async () => {
  await control.reset();
  await control.clearRequests();
});

const client = (overrides: Partial<{ clientSecret: string; timeoutMs: number }> = {}) =>
  createGoogleOAuthClient({ ...DEMO_CLIENT, ...overrides, endpoints: emulatorEndpoints(emulator.baseUrl), timeoutMs: overrides.timeoutMs ?? 3_000 });

/** Runs the browser half of the flow and returns what the exchange needs. */
async function authorize(oauth: OAuthClient, prompt?: 'consent') {
  const pkce = createPkcePair();
  const state = createOAuthState();
  const pending = await createLoopbackRedirectListener().listen({ path: '/oauth2/callback', judge: createCallbackGuard(state) });
  const url = oauth.authorizationUrl({ redirectUri: pending.redirectUri, state, codeChallenge: pkce.challenge, scopes: BASE_SCOPES, ...(prompt ? { prompt } : {}) });
  await answerConsent(url);
  const outcome = await pending.outcome;
  if (outcome.kind !== 'code') throw new Error('no code');
  return { code: outcome.code, codeVerifier: pkce.verifier, redirectUri: pending.redirectUri, url };
}

const tokenPosts = async (grant: string) => (await control.requests()).filter((r) => r.apiMethod === 'oauth.token' && r.grant === grant);

describe('Google OAuth client against the emulator', () => {
  it('builds an S256, offline, incremental consent URL on the configured origin (O1, O4)', async () => {
    const oauth = client();
    const url = new URL(oauth.authorizationUrl({ redirectUri: 'http://127.0.0.1:1/cb', state: 's', codeChallenge: 'c'.repeat(43), scopes: BASE_SCOPES }));
    expect(url.origin).toBe(oauth.authorizationOrigin);
    expect(oauth.authorizationOrigin).toBe(new URL(emulator.baseUrl).origin);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ code_challenge_method: 'S256', access_type: 'offline', include_granted_scopes: 'true', state: 's' });
    expect(url.searchParams.has('prompt')).toBe(false);
  });

  it('exchanges a code once for tokens with the granted scopes and a refresh token', async () => {
    const oauth = client();
    const tokens = await oauth.exchangeCode(await authorize(oauth, 'consent'));
    expect(tokens.accessToken).toMatch(/^ya29\./);
    expect(tokens.refreshToken).toMatch(/^1\/\//);
    expect(tokens.scopes).toContain(MEET_CREATED_SCOPE);
    expect(await oauth.userInfo(tokens.accessToken)).toMatchObject({ email: 'ada@quickmeet.test' });
  });

  it.each([
    ['a 503', { kind: 'status', status: 503 }],
    ['a connection reset', { kind: 'reset' }],
  ] as const)('sends the code exchange exactly once when the token endpoint answers %s (O7, F15)', async (_label, fault) => {
    const oauth = client();
    const request = await authorize(oauth);
    await control.setFaults({ method: 'oauth.token', ...fault });
    await expect(oauth.exchangeCode(request)).rejects.toMatchObject({ name: 'OAuthFailure', kind: 'unavailable' });
    expect(await tokenPosts('authorization_code')).toHaveLength(1);
  });

  it('reports a wrong verifier as invalid_grant without a second exchange (O4, F14)', async () => {
    const oauth = client();
    const request = await authorize(oauth);
    await expect(oauth.exchangeCode({ ...request, codeVerifier: createPkcePair().verifier })).rejects.toMatchObject({ kind: 'invalid_grant' });
    expect(await tokenPosts('authorization_code')).toHaveLength(1);
  });

  it('reports a missing client secret as a configuration error (F16)', async () => {
    const oauth = client({ clientSecret: '' });
    await expect(oauth.exchangeCode(await authorize(oauth))).rejects.toMatchObject({ kind: 'config', description: expect.stringContaining('client_secret') });
  });

  it('refreshes without a new refresh token, retrying a 503 within its cap', async () => {
    const oauth = client();
    const { refreshToken } = await oauth.exchangeCode(await authorize(oauth, 'consent'));
    await control.setFaults({ method: 'oauth.token', kind: 'status', status: 503, count: 1 });
    const refreshed = await oauth.refresh(refreshToken!);
    expect(refreshed.refreshToken).toBeUndefined();
    expect(refreshed.accessToken).toMatch(/^ya29\./);
    expect(await tokenPosts('refresh_token')).toHaveLength(2);
  });

  it('reports a revoked refresh token as invalid_grant (F13, F17)', async () => {
    const oauth = client();
    const { refreshToken } = await oauth.exchangeCode(await authorize(oauth, 'consent'));
    await control.revokeTokens({ token: refreshToken! });
    await expect(oauth.refresh(refreshToken!)).rejects.toMatchObject({ kind: 'invalid_grant' });
    expect(await tokenPosts('refresh_token')).toHaveLength(1);
  });

  it('revokes at the revoke endpoint exactly once, even on a 503 (O12)', async () => {
    const oauth = client();
    const { refreshToken } = await oauth.exchangeCode(await authorize(oauth, 'consent'));
    await control.setFaults({ method: 'oauth.revoke', kind: 'status', status: 503 });
    await expect(oauth.revoke(refreshToken!)).rejects.toMatchObject({ kind: 'unavailable' });
    expect((await control.requests()).filter((r) => r.apiMethod === 'oauth.revoke')).toHaveLength(1);
  });

  it('times out a hanging token endpoint', async () => {
    const oauth = client({ timeoutMs: 300 });
    const request = await authorize(oauth);
    await control.setFaults({ method: 'oauth.token', kind: 'hang' });
    await expect(oauth.exchangeCode(request)).rejects.toMatchObject({ kind: 'timeout' });
  });

  it('reports a refresh that cannot reach the token endpoint as offline, not as a refused grant', async () => {
    const closed = await startEmulator();
    const endpoints = emulatorEndpoints(closed.baseUrl);
    await closed.close();
    const oauth = createGoogleOAuthClient({ ...DEMO_CLIENT, endpoints, timeoutMs: 3_000 });
    await expect(oauth.refresh('1//not-sent')).rejects.toMatchObject({ name: 'OAuthFailure', kind: 'offline', description: 'ECONNREFUSED' });
  });
});
