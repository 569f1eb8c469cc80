import { describe, expect, it } from 'vitest';
import { REQUEST_CHANNELS } from '../../shared/ipc/channel-names';
import { createClient } from '../../shared/ipc/client';
import { createDispatcher } from '../../shared/ipc/dispatcher';
import type { Handlers } from '../../shared/ipc/handlers';
import { AppError } from '../../shared/ipc/result';
import { createServer } from '../../shared/ipc/server';
import type { WireMessage } from '../../shared/ipc/wire';
import { createTransportPair } from '../support/transport-pair';

// What the types already prove (the name lists match the contract, each method's request and answer
// types) is left to tsc; these tests check what only running the two ends can show.

const INFO = { version: '1.2.3', demoMode: true, host: 'bridge', platform: 'linux' } as const;

/** A client and a server over one in-memory pipe, serving `handlers` as sender `window-1`. */
function connect(handlers: Partial<Record<string, (request: never, context: { senderId: string }) => Promise<unknown>>>) {
  const [mainEnd, pageEnd] = createTransportPair();
  const server = createServer(mainEnd, createDispatcher(handlers as unknown as Handlers), 'window-1');
  return { server, api: createClient(pageEnd) };
}

describe('client and server over a transport', () => {
  it('carries a request to its handler with the server’s sender id and brings the answer back', async () => {
    const seen: Array<{ request: unknown; senderId: string }> = [];
    const { api } = connect({
      'app.dismissNotice': async (request, { senderId }) => {
        seen.push({ request, senderId });
        return null;
      },
      'app.getInfo': async () => INFO,
    });
    expect(await api.app.dismissNotice({ id: 'n1' })).toEqual({ ok: true, value: null });
    expect(seen).toEqual([{ request: { id: 'n1' }, senderId: 'window-1' }]);
    expect(await api.app.getInfo()).toEqual({ ok: true, value: INFO });
  });

  it('matches answers to requests by id when they come back out of order', async () => {
    const release: Array<() => void> = [];
    const { api } = connect({
      'app.dismissNotice': () => new Promise((resolve) => release.push(() => resolve(null))),
      'app.getInfo': async () => INFO,
    });
    const slow = api.app.dismissNotice({ id: 'slow' });
    // The second call answers first; the first is still waiting on its handler.
    expect(await api.app.getInfo()).toEqual({ ok: true, value: INFO });
    release.forEach((go) => go());
    expect(await slow).toEqual({ ok: true, value: null });
  });

  it('answers a request its schema refuses with BAD_REQUEST, and the handler never runs', async () => {
    let calls = 0;
    const { api } = connect({
      'app.setWindowVisible': async () => {
        calls += 1;
        return null;
      },
    });
    const bad = await api.app.setWindowVisible({ visible: 'no' } as never);
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(calls).toBe(0);
  });

  it('brings a handler’s AppError back with its code and message, and any other error as INTERNAL without its text', async () => {
    const { api } = connect({
      'meetings.join': async () => {
        throw new AppError('INVALID_MEETING_CODE', 'That does not look like a Meet code.');
      },
      'conference.end': async () => {
        throw new Error('socket hang up with ya29.secret');
      },
    });
    expect(await api.meetings.join({ input: 'abc' })).toEqual({
      ok: false,
      error: { code: 'INVALID_MEETING_CODE', message: 'That does not look like a Meet code.' },
    });
    const hidden = await api.conference.end({ space: 'spaces/abc' });
    expect(hidden).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(hidden)).not.toContain('ya29');
  });

  it('delivers a push to its subscribers until they unsubscribe, and only to that event’s subscribers', async () => {
    const { api, server } = connect({ 'app.getInfo': async () => INFO });
    const notices: unknown[] = [];
    const auth: unknown[] = [];
    const off = api.on('app.notice', (notice) => notices.push(notice));
    api.on('auth.changed', (state) => auth.push(state));
    server.emit('app.notice', { id: 'n1', level: 'info', message: 'hello' });
    // The pipe keeps order: once a later answer is in, the push before it has been delivered.
    await api.app.getInfo();
    off();
    server.emit('app.notice', { id: 'n2', level: 'info', message: 'again' });
    await api.app.getInfo();
    expect(notices).toEqual([{ id: 'n1', level: 'info', message: 'hello' }]);
    expect(auth).toEqual([]);
  });

  it('refuses to subscribe to an event the contract does not have, and the server sends none', async () => {
    const [mainEnd, pageEnd] = createTransportPair();
    const server = createServer(mainEnd, createDispatcher({} as Handlers), 'w');
    const api = createClient(pageEnd);
    expect(() => api.on('app.secretChannel' as never, () => undefined)).toThrow('unknown event app.secretChannel');
    const wire: unknown[] = [];
    pageEnd.onMessage((message) => wire.push(message));
    server.emit('app.secretChannel' as never, {} as never);
    server.emit('app.notice', { id: 'n', level: 'info', message: 'm' });
    await new Promise<void>((resolve) => pageEnd.onMessage(() => resolve()));
    expect(wire).toEqual([{ kind: 'event', event: 'app.notice', payload: { id: 'n', level: 'info', message: 'm' } }]);
  });

  it('drops malformed wire messages on both ends instead of crashing or calling a handler', async () => {
    const [mainEnd, pageEnd] = createTransportPair();
    let calls = 0;
    const getInfo = async () => {
      calls += 1;
      return INFO;
    };
    createServer(mainEnd, createDispatcher({ 'app.getInfo': getInfo } as unknown as Handlers), 'w');
    const api = createClient(pageEnd);
    for (const junk of [null, 'text', { kind: 'request' }, { kind: 'request', id: 'x', channel: 'app.getInfo' }, { kind: 'event' }]) {
      pageEnd.send(junk as never);
    }
    // Answers the page never asked for, or not shaped as a Result, change nothing either.
    mainEnd.send({ kind: 'response', id: 999, result: { ok: true, value: 'stray' } });
    mainEnd.send({ kind: 'response', id: 1, result: 'not a result' } as never);
    expect(await api.app.getInfo()).toEqual({ ok: true, value: INFO });
    expect(calls).toBe(1);
  });

  it('names each request on the wire by its method, and has no generic invoke', () => {
    const sent: WireMessage[] = [];
    const api = createClient({ send: (message) => void sent.push(message), onMessage: () => () => undefined });
    const methods = api as unknown as Record<string, unknown>;
    for (const [domain, group] of Object.entries(methods)) {
      if (domain === 'on') continue;
      for (const call of Object.values(group as Record<string, (request?: unknown) => unknown>)) void call({});
    }
    expect(sent.map((message) => (message.kind === 'request' ? message.channel : message.kind)).sort()).toEqual([...REQUEST_CHANNELS].sort());
    expect(new Set(sent.map((message) => (message as { id: number }).id)).size).toBe(REQUEST_CHANNELS.length);
    expect(Object.keys(methods)).not.toContain('invoke');
    expect(Object.keys(methods)).not.toContain('send');
  });
});
