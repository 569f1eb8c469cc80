import { describe, expect, it } from 'vitest';
import { createOwnIdentity } from '../../../electron/core/live/own-identity';
import type { AuthState } from '../../../shared/model/auth-state';

const signedIn = (email: string): AuthState => ({
  status: 'signedIn',
  email,
  capabilities: ['createSpaces'],
  persisted: true,
});

describe('own identity', () => {
  it('reads the account id from userinfo once per account, as Meet’s users/{id}', async () => {
    let state = signedIn('ada@quickmeet.test');
    const asked: string[] = [];
    const subs: Record<string, string> = { 'ada@quickmeet.test': '1001', 'grace@quickmeet.test': '1002' };
    const identity = createOwnIdentity(
      { userInfo: async (token) => (asked.push(token), { email: token, sub: subs[token] }) },
      { state: () => state, accessToken: async () => (state.status === 'signedIn' ? state.email : '') },
    );
    expect(await identity.userId()).toBe('users/1001');
    expect(await identity.userId()).toBe('users/1001');
    state = signedIn('grace@quickmeet.test');
    expect(await identity.userId()).toBe('users/1002');
    expect(asked).toEqual(['ada@quickmeet.test', 'grace@quickmeet.test']);
    state = { status: 'signedOut' };
    expect(await identity.userId()).toBeUndefined();
  });

  it('knows no id when userinfo fails or gives none that looks like one, and asks again after a failure', async () => {
    let fail = true;
    const identity = createOwnIdentity(
      {
        userInfo: async () => {
          if (fail) throw new Error('offline');
          return { email: 'ada@quickmeet.test', sub: 'not-a-number' };
        },
      },
      { state: () => signedIn('ada@quickmeet.test'), accessToken: async () => 't' },
    );
    expect(await identity.userId()).toBeUndefined();
    fail = false;
    expect(await identity.userId()).toBeUndefined();
  });
});
