/** The control API obeys only callers on its own origin, and errors never echo a large input back. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ERROR_MESSAGE } from '../src/http/error-text';
import { MEET_SCOPES } from '../src/control/control-client';
import { startHarness, type EmulatorHarness } from './emulator-harness';

let h: EmulatorHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const revoke = (headers: Record<string, string>) =>
  fetch(`${h.baseUrl}/emulator/v1/tokens:revoke`, { method: 'POST', headers, body: JSON.stringify({ account: 'ada@quickmeet.test' }) });

describe('control API against cross-site requests (OWASP CSRF Prevention Cheat Sheet)', () => {
  it('refuses every media type but application/json, whatever its parameters say', async () => {
    await h.control.mintToken('ada@quickmeet.test', [MEET_SCOPES.created], { offline: true });
    const before = await h.control.grants();
    for (const type of ['text/plain; x=application/json', 'text/plain;application/json', 'application/x-www-form-urlencoded; a=application/json', 'multipart/form-data; boundary=application/json', 'application/jsonp']) {
      const answer = await revoke({ 'content-type': type });
      expect(answer.status, type).toBe(400);
    }
    expect(await h.control.grants()).toEqual(before);
  });

  it('refuses a foreign Origin and Sec-Fetch-Site: cross-site or same-site, and obeys its own origin', async () => {
    const json = { 'content-type': 'application/json' };
    for (const headers of [{ origin: 'http://evil.example' }, { origin: 'http://127.0.0.1:1' }, { origin: 'null' }, { 'sec-fetch-site': 'cross-site' }, { 'sec-fetch-site': 'same-site' }] as ReadonlyArray<Record<string, string>>) {
      const answer = await revoke({ ...json, ...headers });
      expect(answer.status, JSON.stringify(headers)).toBe(403);
      expect(await answer.json()).toMatchObject({ error: { status: 'PERMISSION_DENIED' } });
    }
    const own = await revoke({ 'content-type': 'application/json; charset=utf-8', origin: h.baseUrl, 'sec-fetch-site': 'same-origin' });
    expect(own.status).toBe(200);
  });

  it('keeps error messages short however large the input they quote', async () => {
    const big = 'x'.repeat(900_000);
    const token = await h.control.mintToken('ada@quickmeet.test', [MEET_SCOPES.created]);
    const answers = await Promise.all([
      fetch(`${h.baseUrl}/v2/spaces`, { method: 'POST', headers: { authorization: `Bearer ${token.access_token}`, 'content-type': 'application/json' }, body: JSON.stringify({ [big]: 1 }) }),
      fetch(`${h.baseUrl}/emulator/v1/spaces`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ owner: big }) }),
      fetch(`${h.baseUrl}/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `grant_type=${big}` }),
      fetch(`${h.baseUrl}/v2/conferenceRecords?filter=${'z'.repeat(7_000)}`, { headers: { authorization: `Bearer ${token.access_token}` } }),
    ]);
    for (const answer of answers) {
      expect(answer.status).toBe(400);
      const body = await answer.text();
      expect(body.length).toBeLessThan(MAX_ERROR_MESSAGE + 200);
    }
  });
});
