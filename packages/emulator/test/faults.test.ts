/** Injected faults, latency and the request log, seen through raw HTTP and the googleapis client. */
import { request } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_CLIENT } from '../src/index';
import { MEET_SCOPES } from '../src/control/control-client';
import { startHarness, type EmulatorHarness } from './emulator-harness';

let h: EmulatorHarness;
let token: string;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
beforeEach(async () => {
  await h.control.clearFaults();
  await h.control.clearRequests();
  token = (await h.control.mintToken('ada@quickmeet.test', [MEET_SCOPES.created])).access_token;
});

const get = (path = '/v2/conferenceRecords', signal?: AbortSignal) => fetch(`${h.baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` }, ...(signal ? { signal } : {}) });

describe('faults', () => {
  it('fails 503 twice, then answers normally', async () => {
    await h.control.setFaults({ method: 'meet.conferenceRecords.list', kind: 'status', status: 503, count: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await get()).status);
    expect(statuses).toEqual([503, 503, 200]);
    const log = await h.control.requests();
    expect(log.map((r) => [r.status, r.fault])).toEqual([[503, 'status'], [503, 'status'], [200, undefined]]);
  });

  it('answers 429 RESOURCE_EXHAUSTED with Retry-After in Google\'s envelope', async () => {
    await h.control.setFaults({ method: 'meet.*', kind: 'status', status: 429, retryAfterSeconds: 7 });
    const response = await get();
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('7');
    expect(await response.json()).toMatchObject({ error: { code: 429, status: 'RESOURCE_EXHAUSTED' } });
  });

  it('answers 500 through the googleapis client as a Google error', async () => {
    await h.control.setFaults({ method: 'meet.spaces.create', kind: 'status', status: 500 });
    const meet = await h.meet();
    await expect(meet.spaces.create({ requestBody: {} })).rejects.toMatchObject({ status: 500 });
    expect((await meet.spaces.create({ requestBody: {} })).status).toBe(200);
  });

  it('serves an HTML error page', async () => {
    await h.control.setFaults({ method: 'meet.conferenceRecords.list', kind: 'html' });
    const response = await get();
    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toContain('<html');
  });

  it('sends malformed JSON and wrongly typed JSON with status 200', async () => {
    await h.control.setFaults({ method: 'meet.conferenceRecords.list', kind: 'malformed' }, { method: 'meet.spaces.get', kind: 'wrongTypes' });
    const malformed = await get();
    expect(malformed.status).toBe(200);
    await expect(malformed.json()).rejects.toThrow();
    const space = await h.control.createSpace();
    const wrong = (await (await get(`/v2/${space.name}`)).json()) as Record<string, unknown>;
    expect(typeof wrong.name).toBe('number');
  });

  it('truncates a body mid-way', async () => {
    await h.control.setFaults({ method: 'meet.conferenceRecords.list', kind: 'truncated' });
    await expect(get().then((r) => r.text())).rejects.toThrow();
  });

  it('resets the connection, optionally after performing the write', async () => {
    await h.control.setFaults({ method: 'meet.spaces.create', kind: 'reset', applyFirst: true });
    const create = fetch(`${h.baseUrl}/v2/spaces`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: '{}' });
    await expect(create).rejects.toThrow();
    const spaces = (await (await fetch(`${h.baseUrl}/emulator/v1/spaces`)).json()) as { spaces: unknown[] };
    expect(spaces.spaces.length).toBeGreaterThan(0);
    const [entry] = await h.control.requests();
    expect(entry).toMatchObject({ apiMethod: 'meet.spaces.create', status: 0, fault: 'reset' });
  });

  it('hangs until the client gives up', async () => {
    await h.control.setFaults({ method: 'meet.conferenceRecords.list', kind: 'hang' });
    const controller = new AbortController();
    const pending = get('/v2/conferenceRecords', controller.signal);
    setTimeout(() => controller.abort(), 100);
    await expect(pending).rejects.toThrow(/abort/i);
    expect((await get()).status).toBe(200);
  });

  it('injects faults on the token endpoint and logs the grant type', async () => {
    await h.control.setFaults({ method: 'oauth.token', kind: 'status', status: 503 });
    const body = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: '1//nope', client_id: DEMO_CLIENT.clientId, client_secret: DEMO_CLIENT.clientSecret });
    expect((await fetch(`${h.baseUrl}/token`, { method: 'POST', body })).status).toBe(503);
    expect((await fetch(`${h.baseUrl}/token`, { method: 'POST', body })).status).toBe(400);
    const log = await h.control.requests();
    expect(log.map((r) => [r.apiMethod, r.grant, r.status])).toEqual([
      ['oauth.token', 'refresh_token', 503],
      ['oauth.token', 'refresh_token', 400],
    ]);
  });

  it('refuses malformed fault specs', async () => {
    await expect(h.control.setFaults({ method: 'x', kind: 'explode' as never })).rejects.toMatchObject({ status: 400 });
  });
});

describe('latency and the request log', () => {
  it('adds the configured latency to Google requests, and logs method, path, status and timing', async () => {
    await h.control.setSettings({ latencyMs: 150 });
    try {
      await get();
    } finally {
      await h.control.setSettings({ latencyMs: 0 });
    }
    const [entry] = await h.control.requests();
    expect(entry).toMatchObject({ method: 'GET', path: '/v2/conferenceRecords', apiMethod: 'meet.conferenceRecords.list', status: 200 });
    expect(entry!.durationMs).toBeGreaterThanOrEqual(145);
    expect(Date.parse(entry!.startedAt)).not.toBeNaN();
  });

  it('keeps control calls out of the log and reads it incrementally', async () => {
    await get();
    const first = await h.control.requests();
    await h.control.accounts();
    await get();
    const later = await h.control.requests(first.at(-1)!.seq);
    expect(later).toHaveLength(1);
    expect(later[0]!.seq).toBeGreaterThan(first.at(-1)!.seq);
  });
});

describe('loopback guard', () => {
  it('refuses requests addressed to another host name', async () => {
    const url = new URL(h.baseUrl);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ host: url.hostname, port: url.port, path: '/emulator/v1/accounts', headers: { host: 'evil.example' } }, (res) => resolve(res.statusCode ?? 0));
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(421);
  });

  it('refuses control POSTs that are not JSON (no cross-site form can drive it)', async () => {
    const response = await fetch(`${h.baseUrl}/emulator/v1/reset`, { method: 'POST', body: 'x', headers: { 'content-type': 'text/plain' } });
    expect(response.status).toBe(400);
  });
});
