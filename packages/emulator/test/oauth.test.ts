/** OAuth 2.0 for installed apps against the emulator, through google-auth-library's OAuth2Client. */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CLIENT } from '../src/index';
import { MEET_SCOPES } from '../src/control/control-client';
import { completeConsent, readConsentForm } from './consent-flow';
import { startHarness, type EmulatorHarness } from './emulator-harness';

// RFC 7636 Appendix B.
const RFC7636_VERIFIER = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const RFC7636_CHALLENGE = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';
const REDIRECT = 'http://127.0.0.1:53682/callback';

let h: EmulatorHarness;
beforeAll(async () => {
  h = await startHarness({ refreshTokenCap: 3 });
});
afterAll(() => h.close());

const authUrl = (extra: Record<string, string> = {}, scopes: string[] = [MEET_SCOPES.created, MEET_SCOPES.readonly]): string =>
  h.oauthClient(REDIRECT).generateAuthUrl({
    access_type: 'offline',
    prompt: 'consent',
    scope: scopes,
    state: 'st4te',
    code_challenge: RFC7636_CHALLENGE,
    code_challenge_method: 'S256' as never,
    ...extra,
  });

const tokenPost = (form: Record<string, string>) =>
  fetch(`${h.baseUrl}/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form) });

async function codeFor(scopes?: string[]): Promise<string> {
  const redirect = await completeConsent(authUrl(), { decision: 'allow', ...(scopes ? { scopes } : {}) });
  return redirect.searchParams.get('code')!;
}

describe('authorization endpoint', () => {
  it('serves an accessible consent form with demo accounts and the requested scopes', async () => {
    const response = await fetch(authUrl());
    const html = await response.text();
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(html).not.toContain('<script');
    const form = readConsentForm(html);
    expect(form.accounts[0]).toBe('ada@quickmeet.test');
    expect(form.accounts.length).toBeGreaterThan(1);
    expect(form.scopes).toEqual([MEET_SCOPES.created, MEET_SCOPES.readonly]);
    expect(html).toMatch(/<legend>Choose an account<\/legend>/);
    expect(html).toMatch(/<button type="submit" name="decision" value="allow">Allow<\/button>/);
    expect(html).toMatch(/<label for="scope-0">/);
  });

  it('redirects to the loopback URI with code, state and the granted scopes on Allow', async () => {
    const redirect = await completeConsent(authUrl(), { decision: 'allow', account: 'grace@quickmeet.test', scopes: [MEET_SCOPES.created] });
    expect(`${redirect.origin}${redirect.pathname}`).toBe(REDIRECT);
    expect(redirect.searchParams.get('state')).toBe('st4te');
    expect(redirect.searchParams.get('code')).toMatch(/^4\/0/);
    expect(redirect.searchParams.get('scope')).toBe(MEET_SCOPES.created);
  });

  it('redirects with error=access_denied and the state on Deny', async () => {
    const redirect = await completeConsent(authUrl(), { decision: 'deny' });
    expect(redirect.searchParams.get('error')).toBe('access_denied');
    expect(redirect.searchParams.get('state')).toBe('st4te');
    expect(redirect.searchParams.has('code')).toBe(false);
  });

  it('answers a consent form only once', async () => {
    const page = readConsentForm(await (await fetch(authUrl())).text());
    const post = () =>
      fetch(`${h.baseUrl}/o/oauth2/v2/auth`, { method: 'POST', redirect: 'manual', body: new URLSearchParams({ consent_id: page.consentId, decision: 'allow', account: 'ada@quickmeet.test', scope: MEET_SCOPES.created }) });
    expect((await post()).status).toBe(302);
    expect((await post()).status).toBe(400);
  });

  it.each([
    ['localhost', 'http://localhost:5000/cb'],
    ['no port', 'http://127.0.0.1/cb'],
    ['https', 'https://127.0.0.1:5000/cb'],
    ['remote host', 'http://evil.example:5000/cb'],
  ])('refuses a %s redirect URI with an error page, never redirecting', async (_, redirectUri) => {
    const response = await fetch(h.oauthClient(redirectUri).generateAuthUrl({ scope: [MEET_SCOPES.created] }), { redirect: 'manual' });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('redirect_uri_mismatch');
  });

  it('accepts the IPv6 loopback literal and refuses an unknown client_id', async () => {
    expect((await fetch(h.oauthClient('http://[::1]:5000/').generateAuthUrl({ scope: [MEET_SCOPES.created] }))).status).toBe(200);
    const foreign = new URL(authUrl());
    foreign.searchParams.set('client_id', 'someone-else.apps.googleusercontent.com');
    const response = await fetch(foreign);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('invalid_client');
  });
});

describe('token endpoint', () => {
  it('exchanges a code with the RFC 7636 Appendix B verifier through OAuth2Client', async () => {
    expect(createHash('sha256').update(RFC7636_VERIFIER).digest('base64url')).toBe(RFC7636_CHALLENGE);
    const { tokens } = await h.oauthClient(REDIRECT).getToken({ code: await codeFor(), codeVerifier: RFC7636_VERIFIER });
    expect(tokens.access_token).toMatch(/^ya29\./);
    expect(tokens.refresh_token).toMatch(/^1\/\//);
    expect(tokens.scope).toBe(`${MEET_SCOPES.created} ${MEET_SCOPES.readonly}`);
    expect(tokens.token_type).toBe('Bearer');
  });

  it('grants only the scopes left ticked', async () => {
    const { tokens } = await h.oauthClient(REDIRECT).getToken({ code: await codeFor([MEET_SCOPES.readonly]), codeVerifier: RFC7636_VERIFIER });
    expect(tokens.scope).toBe(MEET_SCOPES.readonly);
  });

  it('refuses a code used twice, and revokes what the first exchange minted', async () => {
    const code = await codeFor();
    const client = h.oauthClient(REDIRECT);
    const { tokens } = await client.getToken({ code, codeVerifier: RFC7636_VERIFIER });
    await expect(client.getToken({ code, codeVerifier: RFC7636_VERIFIER })).rejects.toThrow(/invalid_grant/);
    const refreshed = await tokenPost({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token!, client_id: DEMO_CLIENT.clientId, client_secret: DEMO_CLIENT.clientSecret });
    expect(await refreshed.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('refuses a wrong or missing PKCE verifier with invalid_grant', async () => {
    const wrong = await tokenPost({ grant_type: 'authorization_code', code: await codeFor(), code_verifier: 'x'.repeat(43), redirect_uri: REDIRECT, client_id: DEMO_CLIENT.clientId, client_secret: DEMO_CLIENT.clientSecret });
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ error: 'invalid_grant' });
    const missing = await tokenPost({ grant_type: 'authorization_code', code: await codeFor(), redirect_uri: REDIRECT, client_id: DEMO_CLIENT.clientId, client_secret: DEMO_CLIENT.clientSecret });
    expect(await missing.json()).toEqual({ error: 'invalid_grant', error_description: 'Missing code verifier.' });
  });

  it('requires client_secret as Google does for Desktop clients, and checks it', async () => {
    const base = { grant_type: 'authorization_code', code: await codeFor(), code_verifier: RFC7636_VERIFIER, redirect_uri: REDIRECT, client_id: DEMO_CLIENT.clientId };
    const missing = await tokenPost(base);
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({ error: 'invalid_request', error_description: 'client_secret is missing.' });
    const wrong = await tokenPost({ ...base, client_secret: 'GOCSPX-wrong' });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ error: 'invalid_client' });
  });

  it('refuses a redirect_uri that differs from the authorization request', async () => {
    const response = await tokenPost({ grant_type: 'authorization_code', code: await codeFor(), code_verifier: RFC7636_VERIFIER, redirect_uri: 'http://127.0.0.1:53682/other', client_id: DEMO_CLIENT.clientId, client_secret: DEMO_CLIENT.clientSecret });
    expect(await response.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('refuses an expired code', async () => {
    const code = await codeFor();
    await h.control.advanceClock(600);
    await expect(h.oauthClient(REDIRECT).getToken({ code, codeVerifier: RFC7636_VERIFIER })).rejects.toThrow(/invalid_grant/);
  });

  it('answers unsupported_grant_type and invalid_request in RFC 6749 shape, never cached', async () => {
    const unsupported = await tokenPost({ grant_type: 'password', client_id: DEMO_CLIENT.clientId, client_secret: DEMO_CLIENT.clientSecret });
    expect(await unsupported.json()).toMatchObject({ error: 'unsupported_grant_type' });
    const noCode = await tokenPost({ grant_type: 'authorization_code', client_id: DEMO_CLIENT.clientId, client_secret: DEMO_CLIENT.clientSecret });
    expect(noCode.headers.get('cache-control')).toBe('no-store');
    expect(await noCode.json()).toMatchObject({ error: 'invalid_request' });
  });

  it('refreshes an access token, carrying the scope and no new refresh token', async () => {
    const client = h.oauthClient(REDIRECT);
    const { tokens } = await client.getToken({ code: await codeFor(), codeVerifier: RFC7636_VERIFIER });
    client.setCredentials({ refresh_token: tokens.refresh_token! });
    const { credentials } = await client.refreshAccessToken();
    expect(credentials.access_token).toMatch(/^ya29\./);
    expect(credentials.access_token).not.toBe(tokens.access_token);
    expect(credentials.scope).toBe(tokens.scope);
    expect(credentials.refresh_token).toBe(tokens.refresh_token); // the library keeps the old one; the server sent none
  });

  it('refreshes the refresh token of an earlier consent to the whole grant after an incremental one', async () => {
    const account = 'grace@quickmeet.test';
    const first = await completeConsent(authUrl({}, [MEET_SCOPES.created]), { decision: 'allow', account });
    const { tokens } = await h.oauthClient(REDIRECT).getToken({ code: first.searchParams.get('code')!, codeVerifier: RFC7636_VERIFIER });
    expect(tokens.scope).toBe(MEET_SCOPES.created);
    // Asking for one more scope later, without prompt=consent: Google issues no new refresh token.
    const more = await completeConsent(authUrl({ prompt: 'select_account', include_granted_scopes: 'true' }, [MEET_SCOPES.readonly]), { decision: 'allow', account });
    const added = (await h.oauthClient(REDIRECT).getToken({ code: more.searchParams.get('code')!, codeVerifier: RFC7636_VERIFIER })).tokens;
    expect(added.refresh_token).toBeUndefined();
    expect(added.scope?.split(' ').sort()).toEqual([MEET_SCOPES.created, MEET_SCOPES.readonly].sort());

    const client = h.oauthClient(REDIRECT);
    client.setCredentials({ refresh_token: tokens.refresh_token! });
    const { credentials } = await client.refreshAccessToken();
    expect(credentials.scope?.split(' ').sort()).toEqual([MEET_SCOPES.created, MEET_SCOPES.readonly].sort());
  });

  it('issues a refresh token again only with prompt=consent', async () => {
    const first = await completeConsent(authUrl({ prompt: 'select_account' }), { decision: 'allow', account: 'katherine@quickmeet.test' });
    const firstTokens = (await h.oauthClient(REDIRECT).getToken({ code: first.searchParams.get('code')!, codeVerifier: RFC7636_VERIFIER })).tokens;
    expect(firstTokens.refresh_token).toBeDefined();
    const second = await completeConsent(authUrl({ prompt: 'select_account' }), { decision: 'allow', account: 'katherine@quickmeet.test' });
    const secondTokens = (await h.oauthClient(REDIRECT).getToken({ code: second.searchParams.get('code')!, codeVerifier: RFC7636_VERIFIER })).tokens;
    expect(secondTokens.refresh_token).toBeUndefined();
  });

  it('invalidates the oldest refresh token past the per-account, per-client cap', async () => {
    const minted = [];
    for (let i = 0; i < 4; i += 1) minted.push((await h.control.mintToken('alan@quickmeet.test', [MEET_SCOPES.created], { offline: true })).refresh_token!);
    const refresh = (token: string) => tokenPost({ grant_type: 'refresh_token', refresh_token: token, client_id: DEMO_CLIENT.clientId, client_secret: DEMO_CLIENT.clientSecret });
    expect(await (await refresh(minted[0]!)).json()).toEqual({ error: 'invalid_grant', error_description: 'Token has been expired or revoked.' });
    for (const token of minted.slice(1)) expect((await refresh(token)).status).toBe(200);
    const grant = (await h.control.grants()).find((g) => g.account === 'alan@quickmeet.test');
    expect(grant).toMatchObject({ liveRefreshTokens: 3, refreshTokensMinted: 4 });
  });
});

describe('revoke, tokeninfo and userinfo', () => {
  it('revokes a refresh token and the access tokens of its grant', async () => {
    const client = h.oauthClient(REDIRECT);
    const { tokens } = await client.getToken({ code: await codeFor(), codeVerifier: RFC7636_VERIFIER });
    await client.revokeToken(tokens.refresh_token!);
    const meet = await fetch(`${h.baseUrl}/v2/conferenceRecords`, { headers: { authorization: `Bearer ${tokens.access_token}` } });
    expect(meet.status).toBe(401);
    const again = await fetch(`${h.baseUrl}/revoke?token=${encodeURIComponent(tokens.refresh_token!)}`, { method: 'POST' });
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({ error: 'invalid_token' });
  });

  it('describes a live access token at /tokeninfo', async () => {
    const minted = await h.control.mintToken('ada@quickmeet.test', [MEET_SCOPES.created]);
    const info = await h.oauthClient().getTokenInfo(minted.access_token);
    expect(info).toMatchObject({ email: 'ada@quickmeet.test', aud: DEMO_CLIENT.clientId, scopes: [MEET_SCOPES.created] });
  });

  it('returns email and name at /v1/userinfo, and 401 without a live token', async () => {
    const minted = await h.control.mintToken('grace@quickmeet.test', ['openid', 'email', 'profile']);
    const response = await fetch(`${h.baseUrl}/v1/userinfo`, { headers: { authorization: `Bearer ${minted.access_token}` } });
    expect(await response.json()).toMatchObject({ email: 'grace@quickmeet.test', name: 'Grace Hopper' });
    expect((await fetch(`${h.baseUrl}/v1/userinfo`)).status).toBe(401);
  });

  it('expires access tokens after the configured lifetime', async () => {
    const short = await startHarness({ accessTokenTtlSeconds: 60 });
    try {
      const meet = await short.meet();
      await meet.spaces.create({ requestBody: {} });
      await short.control.advanceClock(61);
      const error = await meet.spaces.create({ requestBody: {} }).catch((e: { response: { status: number; data: unknown; headers: Headers } }) => e.response);
      expect(error.status).toBe(401);
      expect(error.data).toMatchObject({ error: { status: 'UNAUTHENTICATED' } });
    } finally {
      await short.close();
    }
  });
});
