import { request } from 'node:http';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { BRIDGE_SECRET_PROTOCOL_PREFIX, BRIDGE_SOCKET_PROTOCOL } from '../../electron/bridge/bridge-socket-path';
import { startBridge, type RunningBridge } from '../../electron/bridge/start-bridge';
import { MAX_MESSAGE_BYTES } from '../../shared/ipc/limits';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy';
import { buildUi } from './ui-build';

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** A raw HTTP GET, so tests can set Host and the request target as a hostile client would. */
function get(url: string, headers: Record<string, string> = {}, target?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers, ...(target === undefined ? {} : { path: target }) }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Opens the IPC socket, offering `protocols`, and answers whether the bridge accepted it. */
function tryOpenSocket(url: string, headers: Record<string, string>, protocols: ReadonlyArray<string> = []): Promise<'open' | number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, [...protocols], { headers });
    socket.on('open', () => (socket.close(), resolve('open')));
    socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    socket.on('error', () => resolve(-1));
  });
}

describe('bridge access: loopback, per-run secret, same origin only', () => {
  const secret = 'test-secret-0123456789abcdef0123456789abcdef';
  let bridge: RunningBridge;
  const protocols = (candidate = secret) => [BRIDGE_SOCKET_PROTOCOL, `${BRIDGE_SECRET_PROTOCOL_PREFIX}${candidate}`];
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
  }, 60_000);
  afterAll(async () => bridge?.close());

  it('binds to 127.0.0.1 and prints a URL carrying the secret in its fragment, which no server receives', () => {
    expect(bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=/);
    expect(bridge.url).toContain(secret);
  });

  it('never puts the secret in a cookie, which every other server on 127.0.0.1 would receive (RFC 6265 §8.5)', async () => {
    for (const path of ['/', `/?token=${secret}`, '/index.html']) {
      const answer = await get(`${bridge.origin}${path}`);
      expect(answer.headers['set-cookie'], path).toBeUndefined();
      expect(answer.body, path).not.toContain(secret);
    }
  });

  it('refuses absolute-form and network-path request targets (RFC 9112 §3.2.2)', async () => {
    for (const target of [`${bridge.origin}/index.html`, 'http://evil.example/index.html', '//evil.example/index.html']) {
      expect((await get(`${bridge.origin}/`, {}, target)).status, target).toBe(400);
    }
    expect(await tryOpenSocket(socketUrl(), { Origin: bridge.origin }, protocols())).toBe('open');
  });

  it('serves the renderer with the strict CSP and the bridge page script before the app', async () => {
    const answer = await get(`${bridge.origin}/`);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(answer.body.indexOf('bridge-preload.js')).toBeGreaterThan(-1);
    expect(answer.body.indexOf('bridge-preload.js')).toBeLessThan(answer.body.indexOf('type="module"'));
  });

  it('refuses a foreign Host header (DNS rebinding) and paths outside the renderer', async () => {
    expect((await get(`${bridge.origin}/`, { Host: 'evil.example' })).status).toBe(421);
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/%00index.html']) {
      expect((await get(`${bridge.origin}${path}`)).status, path).toBe(404);
    }
  });

  it('refuses symlinks that lead out of the renderer folder, and follows those that stay inside', async () => {
    for (const path of ['/link-out.txt', '/up/outside-secret.txt']) {
      const answer = await get(`${bridge.origin}${path}`);
      expect(answer.status, path).toBe(404);
      expect(answer.body, path).not.toContain('outside the renderer');
    }
    const inside = await get(`${bridge.origin}/link-in.html`);
    expect(inside.status).toBe(200);
    expect(inside.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('refuses WebSocket connections without the secret or from a foreign Origin', async () => {
    expect(await tryOpenSocket(socketUrl(), { Origin: bridge.origin })).toBe(403);
    expect(await tryOpenSocket(socketUrl(), { Origin: bridge.origin }, protocols('wrong'))).toBe(403);
    // The old credential no longer opens anything.
    expect(await tryOpenSocket(socketUrl(), { Origin: bridge.origin, Cookie: `quickmeet_bridge=${secret}` }, [BRIDGE_SOCKET_PROTOCOL])).toBe(403);
    expect(await tryOpenSocket(socketUrl(), { Origin: 'http://evil.example' }, protocols())).toBe(403);
    expect(await tryOpenSocket(socketUrl(), { Origin: 'http://localhost' }, protocols())).toBe(403);
    expect(await tryOpenSocket(socketUrl(), {}, protocols())).toBe(403);
    expect(await tryOpenSocket(socketUrl(), { Origin: bridge.origin, Host: 'evil.example' }, protocols())).toBe(403);
  });

  it('accepts the page’s own socket and answers contract requests over it', async () => {
    const socket = new WebSocket(socketUrl(), protocols(), { headers: { Origin: bridge.origin } });
    await new Promise((resolve, reject) => (socket.once('open', resolve), socket.once('error', reject)));
    // The bridge answers with the IPC protocol only; the secret is never echoed back.
    expect(socket.protocol).toBe(BRIDGE_SOCKET_PROTOCOL);
    const answer = new Promise<unknown>((resolve) => socket.once('message', (data) => resolve(JSON.parse(String(data)))));
    socket.send(JSON.stringify({ kind: 'request', id: 7, channel: 'app.getInfo', payload: {} }));
    expect(await answer).toMatchObject({ kind: 'response', id: 7, result: { ok: true, value: { host: 'bridge' } } });
    const refused = new Promise<unknown>((resolve) => socket.once('message', (data) => resolve(JSON.parse(String(data)))));
    socket.send(JSON.stringify({ kind: 'request', id: 8, channel: 'app.getInfo', payload: { __proto__: 1, extra: true } }));
    expect(await refused).toMatchObject({ id: 8, result: { ok: false, error: { code: 'BAD_REQUEST' } } });
    socket.close();
  });

  it('fails only the connection that sends a bad frame (RFC 6455 §7.1.7), and keeps serving the others', async () => {
    const open = async () => {
      const socket = new WebSocket(socketUrl(), protocols(), { headers: { Origin: bridge.origin } });
      await new Promise((resolve, reject) => (socket.once('open', resolve), socket.once('error', reject)));
      return socket;
    };
    const closed = (socket: WebSocket) => new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    const healthy = await open();
    const invalidUtf8 = await open();
    const invalidClosed = closed(invalidUtf8);
    invalidUtf8.send(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), { binary: false });
    expect(await invalidClosed).toBe(1007);
    const oversized = await open();
    const oversizedClosed = closed(oversized);
    oversized.send(JSON.stringify({ kind: 'request', id: 1, channel: 'meetings.join', payload: { input: 'x'.repeat(MAX_MESSAGE_BYTES * 3) } }));
    expect(await oversizedClosed).toBe(1009);
    const answer = new Promise<unknown>((resolve) => healthy.once('message', (data) => resolve(JSON.parse(String(data)))));
    healthy.send(JSON.stringify({ kind: 'request', id: 9, channel: 'app.getInfo', payload: {} }));
    expect(await answer).toMatchObject({ id: 9, result: { ok: true } });
    healthy.close();
  });
});
