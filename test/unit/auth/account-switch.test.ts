import { describe, expect, it } from 'vitest';
import { accountNamespace, accountOf, accountScopedDocuments } from '../../../electron/core/auth/account-documents';
import type { AccountSwitch } from '../../../electron/core/auth/auth-service';
import { MemoryDocuments } from '../../support/in-memory-ports';
import { buildAuthHarness } from './auth-fakes';

describe('account switch: each account keeps its own documents', () => {
  it('tells listeners when the account changes: first sign-in, sign-out, another account', async () => {
    const h = buildAuthHarness();
    const switches: AccountSwitch[] = [];
    h.auth.onAccountSwitch((change) => switches.push(change));
    h.approveInBrowser();
    await h.auth.signIn();
    await h.auth.signOut();
    h.oauth.email = 'grace@quickmeet.test';
    await h.auth.signIn();
    expect(switches).toEqual([
      { previous: null, next: 'ada@quickmeet.test' },
      { previous: 'ada@quickmeet.test', next: null },
      { previous: null, next: 'grace@quickmeet.test' },
    ]);
  });

  it('stays quiet while the same account only changes state', async () => {
    const h = buildAuthHarness();
    h.approveInBrowser();
    await h.auth.signIn();
    const switches: AccountSwitch[] = [];
    h.auth.onAccountSwitch((change) => switches.push(change));
    await h.auth.requestCapability('readAllConferences').catch(() => undefined);
    await h.auth.signIn();
    expect(switches).toEqual([]);
  });

  it('routes per-account names to the current account and leaves the others shared', async () => {
    const memory = new MemoryDocuments();
    let account: string | null = 'ada@quickmeet.test';
    const documents = accountScopedDocuments(memory.factory, () => account, ['meetings']);
    const meetings = documents('meetings');
    await meetings.write({ owner: 'ada' });
    await documents('account').write({ email: 'ada@quickmeet.test' });
    expect(await meetings.read()).toEqual({ owner: 'ada' });

    account = null;
    expect(await meetings.read()).toBeUndefined();
    account = 'grace@quickmeet.test';
    expect(await meetings.read()).toBeUndefined();
    await meetings.write({ owner: 'grace' });
    account = 'ADA@quickmeet.test';
    expect(await meetings.read()).toEqual({ owner: 'ada' });
    expect(await documents('account').read()).toEqual({ email: 'ada@quickmeet.test' });
    // File names carry a hash, never the address.
    expect([...memory.files.keys()].sort()).toEqual(['account', `meetings-${accountNamespace('ada@quickmeet.test')}`, `meetings-${accountNamespace('grace@quickmeet.test')}`].sort());
    expect([...memory.files.keys()].join()).not.toContain('@');
  });

  it('reads the account from the state: signed in or waiting to sign in again, else none', () => {
    expect(accountOf({ status: 'signedIn', email: 'Ada@Quickmeet.test', capabilities: [], persisted: true })).toBe('ada@quickmeet.test');
    expect(accountOf({ status: 'needsReauth', email: 'ada@quickmeet.test', reason: 'expired' })).toBe('ada@quickmeet.test');
    expect(accountOf({ status: 'signedOut' })).toBeNull();
    expect(accountOf({ status: 'waitingForBrowser', startedAt: '2026-11-24T09:00:00Z' })).toBeNull();
  });
});
