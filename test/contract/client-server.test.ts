import { describe, expect, it } from 'vitest';
import { EVENT_CHANNELS, REQUEST_CHANNELS } from '../../shared/ipc/channel-names';
import { createClient } from '../../shared/ipc/client';
import { events, requests } from '../../shared/ipc/contract';
import { createDispatcher } from '../../shared/ipc/dispatcher';
import type { Handlers } from '../../shared/ipc/handlers';
import { createServer } from '../../shared/ipc/server';
import { createTransportPair } from '../support/transport-pair';

describe('contract over a transport', () => {
  it('lists the same channels in the schema contract and the zod-free name lists', () => {
    expect([...REQUEST_CHANNELS].sort()).toEqual(Object.keys(requests).sort());
    expect([...EVENT_CHANNELS].sort()).toEqual(Object.keys(events).sort());
    for (const name of [...REQUEST_CHANNELS, ...EVENT_CHANNELS]) expect(name).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
  });

  it('exposes one method per request channel, grouped by domain, plus on()', () => {
    const [, pageEnd] = createTransportPair();
    const api = createClient(pageEnd) as unknown as Record<string, Record<string, unknown>>;
    const methods = Object.entries(api)
      .filter(([key]) => key !== 'on')
      .flatMap(([domain, group]) => Object.keys(group).map((m) => `${domain}.${m}`));
    expect(methods.sort()).toEqual([...REQUEST_CHANNELS].sort());
    expect(typeof api.on).toBe('function');
    expect(Object.keys(api)).not.toContain('invoke');
  });

  it('carries a request and its typed answer, and pushes events to subscribers', async () => {
    const [mainEnd, pageEnd] = createTransportPair();
    const handlers = { 'app.setWindowVisible': async ({ visible }: { visible: boolean }) => (visible ? null : null) } as unknown as Handlers;
    const server = createServer(mainEnd, createDispatcher(handlers), 'window-1');
    const api = createClient(pageEnd);
    expect(await api.app.setWindowVisible({ visible: true })).toEqual({ ok: true, value: null });
    const bad = await api.app.setWindowVisible({ visible: 'no' } as never);
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });

    const seen: unknown[] = [];
    const off = api.on('app.notice', (n) => seen.push(n));
    server.emit('app.notice', { id: 'n1', level: 'info', message: 'hello' });
    await new Promise((r) => setTimeout(r, 0));
    off();
    server.emit('app.notice', { id: 'n2', level: 'info', message: 'again' });
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual([{ id: 'n1', level: 'info', message: 'hello' }]);
  });

  it('ignores malformed wire messages instead of crashing', async () => {
    const [mainEnd, pageEnd] = createTransportPair();
    const calls: unknown[] = [];
    const handlers = { 'app.getInfo': async () => calls.push(1) } as unknown as Handlers;
    createServer(mainEnd, createDispatcher(handlers), 'w');
    for (const junk of [null, 'text', { kind: 'request' }, { kind: 'request', id: 'x', channel: 'app.getInfo' }, { kind: 'event' }]) {
      pageEnd.send(junk as never);
    }
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toHaveLength(0);
  });
});
