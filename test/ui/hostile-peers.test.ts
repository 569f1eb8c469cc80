/**
 * What a person would see when a hostile page, peer or paste meets Quickmeet: the app keeps working,
 * says clearly what it refused, and hands nothing to other servers on the machine.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { BRIDGE_SECRET_PROTOCOL_PREFIX, BRIDGE_SOCKET_PROTOCOL } from '../../electron/bridge/bridge-socket-path';
import type { QuickmeetApi } from '../../shared/ipc/quickmeet-api';
import { INPUT_LIMITS } from '../../shared/model/input-limits';
import { QuickmeetApp } from '../support/quickmeet-app';

/** Another server on 127.0.0.1 (any local dev server), recording the headers each request brought. */
async function startNeighbour(): Promise<{ server: Server; origin: string; seen: IncomingHttpHeaders[] }> {
  const seen: IncomingHttpHeaders[] = [];
  const server = createServer((request, response) => {
    seen.push(request.headers);
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end('<!doctype html><title>neighbour</title>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

describe('hostile peers, pages and pastes', () => {
  let app: QuickmeetApp;
  let neighbour: Awaited<ReturnType<typeof startNeighbour>>;

  beforeAll(async () => {
    app = await QuickmeetApp.launch();
    await app.signIn('ada@quickmeet.test');
    neighbour = await startNeighbour();
  }, 60_000);
  afterAll(async () => {
    neighbour?.server.close();
    await app?.close();
  });

  it('a huge paste into Join is cut at the contract’s limit, and an oversized request is a clear BAD_REQUEST', async () => {
    const paste = `${'Agenda and notes. '.repeat(33_000)}https://meet.google.com/abc-mnop-xyz`;
    expect(paste.length).toBeGreaterThan(590_000);
    await app.page.evaluate((text) => navigator.clipboard.writeText(text), paste);
    await app.window.joinInput().focus();
    await app.page.keyboard.press('Control+V');
    await expect.poll(() => app.window.joinInput().inputValue().then((value) => value.length)).toBe(INPUT_LIMITS.text);

    const answer = await app.page.evaluate((text) => (window as unknown as { quickmeet: QuickmeetApi }).quickmeet.meetings.join({ input: text }), paste);
    expect(answer).toEqual({ ok: false, error: { code: 'BAD_REQUEST', message: 'The request is too large.' } });
    // The bridge, the core and the emulator are all still there.
    expect(await app.createInstantMeeting()).toMatch(/^https:\/\/meet\.google\.com\//);
  });

  it('a peer that sends an invalid UTF-8 frame loses its own connection only', async () => {
    const socket = new WebSocket(`${app.bridge.origin.replace('http', 'ws')}/ipc`, [BRIDGE_SOCKET_PROTOCOL, `${BRIDGE_SECRET_PROTOCOL_PREFIX}${new URL(app.bridge.url).hash.slice('#token='.length)}`], {
      headers: { Origin: app.bridge.origin },
    });
    await new Promise((resolve, reject) => (socket.once('open', resolve), socket.once('error', reject)));
    const closed = new Promise<number>((resolve) => socket.once('close', resolve));
    socket.send(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), { binary: false });
    expect(await closed).toBe(1007);
    expect(await app.createInstantMeeting()).toMatch(/^https:\/\/meet\.google\.com\//);
  });

  it('another server on 127.0.0.1 never receives the bridge’s secret', async () => {
    const secret = new URL(app.bridge.url).hash.slice('#token='.length);
    await expect(app.page.evaluate(() => document.cookie)).resolves.toBe('');
    const other = await app.context.newPage();
    await other.goto(`${neighbour.origin}/`);
    await other.evaluate((bridge) => fetch(`${bridge}/`, { mode: 'no-cors' }).catch(() => undefined), app.bridge.origin);
    await other.close();
    expect(neighbour.seen.length).toBeGreaterThan(0);
    for (const headers of neighbour.seen) expect(JSON.stringify(headers)).not.toContain(secret);
  });

  it('a page on another origin cannot drive the demo emulator’s control API', async () => {
    const before = await app.control.grants();
    expect(before.find((grant) => grant.account === 'ada@quickmeet.test')?.liveRefreshTokens).toBeGreaterThan(0);
    const other = await app.context.newPage();
    await other.goto(`${neighbour.origin}/`);
    await other.evaluate(async (emulator) => {
      // A "simple" request: no CORS preflight, so the browser sends it and only hides the answer.
      await fetch(`${emulator}/emulator/v1/tokens:revoke`, {
        method: 'POST',
        mode: 'no-cors',
        headers: { 'Content-Type': 'text/plain; x=application/json' },
        body: JSON.stringify({ account: 'ada@quickmeet.test' }),
      }).catch(() => undefined);
    }, app.bridge.emulatorUrl);
    await other.close();
    expect(await app.control.grants()).toEqual(before);
    expect(await app.createInstantMeeting()).toMatch(/^https:\/\/meet\.google\.com\//);
  });
});
