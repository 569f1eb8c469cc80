import { describe, expect, it } from 'vitest';
import { createCallbackGuard, createOAuthState } from '../../../electron/core/auth/callback-guard';

const query = (fields: Record<string, string>) => new URLSearchParams(fields);

describe('loopback callback guard (O5, F19)', () => {
  it('makes a state of at least 256 bits that differs every time', () => {
    const a = createOAuthState();
    expect(a).toMatch(/^[\w-]{43}$/);
    expect(createOAuthState()).not.toBe(a);
  });

  it('accepts the first callback with the right state and a code', () => {
    const judge = createCallbackGuard('s1');
    expect(judge(query({ state: 's1', code: '4/abc' }))).toEqual({ accept: true, outcome: { kind: 'code', code: '4/abc' } });
  });

  it.each([
    ['missing state', { code: '4/abc' }],
    ['wrong state', { state: 's2', code: '4/abc' }],
    ['state of another length', { state: 's1-longer', code: '4/abc' }],
    ['missing code', { state: 's1' }],
    ['a code with spaces', { state: 's1', code: 'a b' }],
  ])('refuses %s and keeps waiting', (_label, fields) => {
    const judge = createCallbackGuard('s1');
    expect(judge(query(fields)).accept).toBe(false);
    expect(judge(query({ state: 's1', code: '4/abc' })).accept).toBe(true);
  });

  it('refuses a duplicated state parameter', () => {
    const judge = createCallbackGuard('s1');
    expect(judge(new URLSearchParams('state=s1&state=s1&code=x')).accept).toBe(false);
  });

  it('refuses a replay of the accepted callback', () => {
    const judge = createCallbackGuard('s1');
    expect(judge(query({ state: 's1', code: '4/abc' })).accept).toBe(true);
    const replay = judge(query({ state: 's1', code: '4/abc' }));
    expect(replay).toEqual({ accept: false, reason: expect.stringContaining('already') });
  });

  it('accepts error=access_denied only with the right state', () => {
    expect(createCallbackGuard('s1')(query({ error: 'access_denied' })).accept).toBe(false);
    expect(createCallbackGuard('s1')(query({ state: 's1', error: 'access_denied' }))).toEqual({
      accept: true,
      outcome: { kind: 'error', error: 'access_denied' },
    });
  });
});
