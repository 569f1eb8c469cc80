import { request } from 'node:http';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startBridge, type RunningBridge } from '../../electron/bridge/start-bridge';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy';
import { buildUi } from './ui-build';

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** A raw HTTP GET, so tests can set Host and Cookie as a hostile client would. */
function get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Opens the IPC socket and answers whether the bridge accepted it. */
function tryOpenSocket(url: string, headers: Record<string, string>): Promise<'open' | number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, { headers });
    socket.on('open', () => (socket.close(), resolve('open')));
    socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    socket.on('error', () => resolve(-1));
  });
}

describe('bridge access: loopback, per-run secret, same origin only', () => {
  const secret = 'test-secret-0123456789abcdef0123456789abcdef';
  let bridge: RunningBridge;
  let cookie: string;
  const socketUrl = () => `${bridge.origin.replace('http', 'ws')}/ipc`;

  beforeAll(async () => {
    const ui = await buildUi();
    // A file outside the renderer folder, and links to it (and to the whole parent) planted inside.
    const outside = join(dirname(ui.rendererDir), 'outside-secret.txt');
    writeFileSync(outside, 'outside the renderer');
    symlinkSync(outside, join(ui.rendererDir, 'link-out.txt'));
    symlinkSync(dirname(ui.rendererDir), join(ui.rendererDir, 'up'));
    symlinkSync(join(ui.rendererDir, 'index.html'), join(ui.rendererDir, 'link-in.html'));
    bridge = await startBridge({ secret, home: mkdtempSync(join(tmpdir(), 'quickmeet-home-')), emulator: { autopilot: false }, ...ui });
    cookie = `quickmeet_bridge=${secret}`;
  }, 60_000);
  afterAll(async () => bridge?.close());

  it('binds to 127.0.0.1 and prints a URL carrying the secret', () => {
    expect(bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/);
    expect(bridge.url).toContain(secret);
  });

  it('refuses pages without the secret or with a wrong one', async () => {
    expect((await get(`${bridge.origin}/`)).status).toBe(403);
    expect((await get(`${bridge.origin}/?token=wrong`)).status).toBe(403);
    expect((await get(`${bridge.origin}/`, { Cookie: 'quickmeet_bridge=wrong' })).status).toBe(403);
  });

  it('trades the secret in the URL for an HttpOnly SameSite=Strict cookie and drops it from the address', async () => {
    const answer = await get(bridge.url);
    expect(answer.status).toBe(303);
    expect(answer.headers.location).toBe('/');
    const setCookie = String(answer.headers['set-cookie']);
    expect(setCookie).toContain(`quickmeet_bridge=${secret}`);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
  });

  it('serves the renderer with the strict CSP and the bridge page script before the app', async () => {
    const answer = await get(`${bridge.origin}/`, { Cookie: cookie });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(answer.body.indexOf('bridge-preload.js')).toBeGreaterThan(-1);
    expect(answer.body.indexOf('bridge-preload.js')).toBeLessThan(answer.body.indexOf('type="module"'));
  });

  it('refuses a foreign Host header (DNS rebinding) and paths outside the renderer', async () => {
    expect((await get(`${bridge.origin}/`, { Cookie: cookie, Host: 'evil.example' })).status).toBe(421);
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/%00index.html']) {
      expect((await get(`${bridge.origin}${path}`, { Cookie: cookie })).status, path).toBe(404);
    }
  });

  it('refuses symlinks that lead out of the renderer folder, and follows those that stay inside', async () => {
    for (const path of ['/link-out.txt', '/up/outside-secret.txt']) {
      const answer = await get(`${bridge.origin}${path}`, { Cookie: cookie });
      expect(answer.status, path).toBe(404);
      expect(answer.body, path).not.toContain('outside the renderer');
    }
    const inside = await get(`${bridge.origin}/link-in.html`, { Cookie: cookie });
    expect(inside.status).toBe(200);
    expect(inside.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('refuses WebSocket connections without the secret or from a foreign Origin', async () => {
    expect(await tryOpenSocket(socketUrl(), { Origin: bridge.origin })).toBe(403);
    expect(await tryOpenSocket(socketUrl(), { Origin: bridge.origin, Cookie: 'quickmeet_bridge=wrong' })).toBe(403);
    expect(await tryOpenSocket(socketUrl(), { Origin: 'http://evil.example', Cookie: cookie })).toBe(403);
    expect(await tryOpenSocket(socketUrl(), { Origin: 'http://localhost', Cookie: cookie })).toBe(403);
    expect(await tryOpenSocket(socketUrl(), { Cookie: cookie })).toBe(403);
  });

  it('accepts the page’s own socket and answers contract requests over it', async () => {
    const socket = new WebSocket(socketUrl(), { headers: { Origin: bridge.origin, Cookie: cookie } });
    await new Promise((resolve, reject) => (socket.once('open', resolve), socket.once('error', reject)));
    const answer = new Promise<unknown>((resolve) => socket.once('message', (data) => resolve(JSON.parse(String(data)))));
    socket.send(JSON.stringify({ kind: 'request', id: 7, channel: 'app.getInfo', payload: {} }));
    expect(await answer).toMatchObject({ kind: 'response', id: 7, result: { ok: true, value: { host: 'bridge' } } });
    const refused = new Promise<unknown>((resolve) => socket.once('message', (data) => resolve(JSON.parse(String(data)))));
    socket.send(JSON.stringify({ kind: 'request', id: 8, channel: 'app.getInfo', payload: { __proto__: 1, extra: true } }));
    expect(await refused).toMatchObject({ id: 8, result: { ok: false, error: { code: 'BAD_REQUEST' } } });
    socket.close();
  });
});
