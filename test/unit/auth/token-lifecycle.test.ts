import { describe, expect, it } from 'vitest';
import { OAuthFailure } from '../../../electron/core/ports/oauth-client';
import { MemorySecretStore } from '../../support/in-memory-ports';
import { buildAuthHarness, keychainDown } from './auth-fakes';

async function signedIn() {
  const h = buildAuthHarness();
  h.approveInBrowser();
  await h.auth.signIn();
  const refreshToken = h.secrets.entries.get('ada@quickmeet.test')!;
  return { ...h, refreshToken };
}

describe('token vault and refresh', () => {
  it('stores the refresh token under the email and remembers only the email on disk (vault)', async () => {
    const h = await signedIn();
    expect(h.refreshToken).toMatch(/^1\/\//);
    expect([...h.secrets.entries.keys()]).toEqual(['ada@quickmeet.test']);
    const onDisk = [...h.documents.files.values()].join('\n');
    expect(onDisk).toContain('ada@quickmeet.test');
    expect(onDisk).not.toContain(h.refreshToken);
    expect(onDisk).not.toContain('ya29.');
    expect(JSON.stringify(h.events.emitted)).not.toContain(h.refreshToken);
    expect(h.logger.lines.join('\n')).not.toContain(h.refreshToken);
  });

  it('signs in at start from the keychain without a browser (O10)', async () => {
    const first = await signedIn();
    const again = buildAuthHarness({ secrets: first.secrets, documents: first.documents });
    await again.auth.restore();
    expect(again.auth.state()).toMatchObject({ status: 'signedIn', email: 'ada@quickmeet.test', persisted: true, capabilities: ['createSpaces'] });
    expect(again.urlOpener.opened).toHaveLength(0);
    expect(await again.auth.accessToken()).toMatch(/^ya29\.refresh-/);
    expect(again.oauth.refreshes).toEqual([first.refreshToken]);
  });

  it('refreshes ahead of expiry by the wall clock, one refresh at a time (F11, F32)', async () => {
    const h = await signedIn();
    await h.auth.ensureFresh();
    expect(h.oauth.refreshes).toHaveLength(0);
    // The machine slept: the wall clock jumped past expiry.
    h.clock.advance(2 * 3600_000);
    let open!: () => void;
    h.oauth.refreshGate = new Promise((resolve) => (open = resolve));
    const calls = [h.auth.ensureFresh(), h.auth.ensureFresh(), h.auth.ensureFresh()];
    open();
    await Promise.all(calls);
    expect(h.oauth.refreshes).toEqual([h.refreshToken]);
    expect(await h.auth.accessToken()).toBe('ya29.refresh-1');
    expect(h.oauth.refreshes).toHaveLength(1);
  });

  it('never overwrites the stored refresh token from a refresh answer without one, and stores a rotated one', async () => {
    const h = await signedIn();
    h.clock.advance(2 * 3600_000);
    await h.auth.ensureFresh();
    expect(h.secrets.entries.get('ada@quickmeet.test')).toBe(h.refreshToken);
    h.oauth.rotatedRefreshToken = '1//0rotated-refresh-token-xyz';
    h.clock.advance(2 * 3600_000);
    await h.auth.ensureFresh();
    await new Promise((r) => setTimeout(r, 0));
    expect(h.secrets.entries.get('ada@quickmeet.test')).toBe('1//0rotated-refresh-token-xyz');
    h.clock.advance(2 * 3600_000);
    await h.auth.ensureFresh();
    expect(h.oauth.refreshes.at(-1)).toBe('1//0rotated-refresh-token-xyz');
  });

  it('hands API calls its token and refreshes once when Google refuses it before its expiry (F12)', async () => {
    const h = await signedIn();
    const token = await h.auth.accessToken();
    expect(h.oauth.refreshes).toHaveLength(0);
    const replacements = await Promise.all([h.auth.accessToken(token), h.auth.accessToken(token), h.auth.accessToken(token)]);
    expect(new Set(replacements)).toEqual(new Set(['ya29.refresh-1']));
    expect(h.oauth.refreshes).toEqual([h.refreshToken]);
    // A 401 that arrives late, for the token already replaced, costs no second refresh.
    expect(await h.auth.accessToken(token)).toBe('ya29.refresh-1');
    expect(h.oauth.refreshes).toHaveLength(1);
  });

  it('ends the session on invalid_grant: entry deleted, needsReauth with reason, no retry loop (O13, F13)', async () => {
    const h = await signedIn();
    h.clock.advance(2 * 3600_000);
    h.oauth.refreshFailure = new OAuthFailure('invalid_grant', 'Token has been expired or revoked.');
    await expect(h.auth.ensureFresh()).rejects.toMatchObject({ code: 'NEEDS_REAUTH' });
    expect(h.auth.state()).toEqual({ status: 'needsReauth', email: 'ada@quickmeet.test', reason: 'expired-or-revoked' });
    expect(h.secrets.entries.size).toBe(0);
    await expect(h.auth.accessToken()).rejects.toMatchObject({ code: 'NEEDS_REAUTH' });
    await expect(h.auth.ensureFresh()).rejects.toMatchObject({ code: 'NEEDS_REAUTH' });
    expect(h.oauth.refreshes).toHaveLength(1);
    expect(() => h.auth.require('createSpaces')).toThrow(expect.objectContaining({ code: 'NEEDS_REAUTH' }));
    // The reason survives a restart, and signing in again hints the same account.
    const again = buildAuthHarness({ secrets: h.secrets, documents: h.documents });
    await again.auth.restore();
    expect(again.auth.state()).toEqual({ status: 'needsReauth', email: 'ada@quickmeet.test', reason: 'expired-or-revoked' });
    again.approveInBrowser();
    await again.auth.signIn();
    expect(again.oauth.authRequests[0]).toMatchObject({ loginHint: 'ada@quickmeet.test', prompt: 'consent' });
  });

  it("ends the session when the refresh after an API call's 401 is refused (F17)", async () => {
    const h = await signedIn();
    const token = await h.auth.accessToken();
    h.oauth.refreshFailure = new OAuthFailure('invalid_grant', 'Token has been expired.');
    await expect(h.auth.accessToken(token)).rejects.toMatchObject({ code: 'NEEDS_REAUTH' });
    expect(h.auth.state()).toMatchObject({ status: 'needsReauth', reason: 'expired' });
    expect(h.secrets.entries.size).toBe(0);
  });

  it('keeps the session on a transient refresh failure', async () => {
    const h = await signedIn();
    h.clock.advance(2 * 3600_000);
    h.oauth.refreshFailure = new OAuthFailure('unavailable', '503');
    await expect(h.auth.ensureFresh()).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    expect(h.auth.state().status).toBe('signedIn');
    expect(h.secrets.entries.size).toBe(1);
  });

  it('signs out: revokes once, deletes the entry, forgets the account, clears credentials (O12)', async () => {
    const h = await signedIn();
    const state = await h.auth.signOut();
    expect(state).toEqual({ status: 'signedOut' });
    expect(h.oauth.revoked).toEqual([h.refreshToken]);
    expect(h.secrets.entries.size).toBe(0);
    await expect(h.auth.accessToken()).rejects.toMatchObject({ code: 'NOT_SIGNED_IN' });
    const again = buildAuthHarness({ secrets: h.secrets, documents: h.documents });
    await again.auth.restore();
    expect(again.auth.state()).toEqual({ status: 'signedOut' });
  });
});

describe('keychain trouble (O16, F24–F26)', () => {
  it('signs in for the session when the keychain is unavailable, tells the user, writes nothing (F24)', async () => {
    const secrets = new MemorySecretStore();
    secrets.unavailable = keychainDown();
    const h = buildAuthHarness({ secrets });
    h.approveInBrowser();
    const state = await h.auth.signIn();
    expect(state).toMatchObject({ status: 'signedIn', persisted: false });
    expect(h.notices.list().map((n) => n.id)).toEqual(['keychain-unavailable']);
    expect(h.documents.files.get('account')).toBe('null');
    await h.auth.ensureFresh();
    expect(() => h.auth.require('createSpaces')).not.toThrow();
  });

  it('keeps the session when only the keychain write fails after a good exchange (F25)', async () => {
    const secrets = new MemorySecretStore();
    const h = buildAuthHarness({ secrets });
    secrets.set = async () => {
      throw new (await import('../../../shared/ipc/result')).AppError('KEYCHAIN_UNAVAILABLE', 'Cannot create an item in a locked collection');
    };
    h.approveInBrowser();
    await expect(h.auth.signIn()).resolves.toMatchObject({ status: 'signedIn', persisted: false });
    expect(h.notices.list()).toHaveLength(1);
  });

  it.each(['', 'not a token', '{"refresh_token":"1//x"}', '\u0000\u0001binary'])('treats %j in the keychain as signed out and deletes it (F26)', async (garbage) => {
    const first = await signedIn();
    first.secrets.entries.set('ada@quickmeet.test', garbage);
    const again = buildAuthHarness({ secrets: first.secrets, documents: first.documents });
    await again.auth.restore();
    expect(again.auth.state()).toEqual({ status: 'signedOut' });
    expect(first.secrets.entries.has('ada@quickmeet.test')).toBe(false);
  });

  it('says the keychain could not be read at start and stays signed out', async () => {
    const first = await signedIn();
    first.secrets.unavailable = keychainDown();
    const again = buildAuthHarness({ secrets: first.secrets, documents: first.documents });
    await again.auth.restore();
    expect(again.auth.state()).toEqual({ status: 'signedOut' });
    expect(again.notices.list().map((n) => n.id)).toEqual(['keychain-unreadable']);
  });

  it('asks to sign in again when the entry vanished from the keychain', async () => {
    const first = await signedIn();
    first.secrets.entries.clear();
    const again = buildAuthHarness({ secrets: first.secrets, documents: first.documents });
    await again.auth.restore();
    expect(again.auth.state()).toEqual({ status: 'needsReauth', email: 'ada@quickmeet.test', reason: 'keychain-cleared' });
  });
});
