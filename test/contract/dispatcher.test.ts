import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REQUEST_CHANNELS } from '../../shared/ipc/channel-names';
import { requests, type RequestChannel } from '../../shared/ipc/contract';
import { createDispatcher } from '../../shared/ipc/dispatcher';
import type { Handlers } from '../../shared/ipc/handlers';
import { AppError } from '../../shared/ipc/result';
import { createInProcessApi } from '../../shared/ipc/in-process-api';
import { contractCheckedEmitter } from '../../shared/ipc/server';

/** Handlers that record each call and answer a value the response schema accepts for a few channels. */
function recordingHandlers() {
  const calls: Array<{ channel: string; request: unknown }> = [];
  const handlers = Object.fromEntries(
    REQUEST_CHANNELS.map((channel) => [
      channel,
      async (request: unknown) => {
        calls.push({ channel, request });
        if (channel === 'meetings.join') throw new AppError('INVALID_MEETING_CODE', 'That does not look like a Meet code.');
        if (channel === 'conference.end') throw new Error('boom with secret ya29.SECRET');
        return null;
      },
    ]),
  ) as unknown as Handlers;
  return { handlers, calls };
}

const ctx = { senderId: 'test' };

describe('dispatcher', () => {
  it('passes a valid request to its handler and wraps the answer', async () => {
    const { handlers, calls } = recordingHandlers();
    const dispatch = createDispatcher(handlers);
    const result = await dispatch('app.setWindowVisible', { visible: true }, ctx);
    expect(result).toEqual({ ok: true, value: null });
    expect(calls).toEqual([{ channel: 'app.setWindowVisible', request: { visible: true } }]);
  });

  it('rejects unknown and inherited channel names before any handler runs', async () => {
    const { handlers, calls } = recordingHandlers();
    const dispatch = createDispatcher(handlers);
    for (const channel of ['nope', 'constructor', '__proto__', 'toString', 42, null]) {
      const result = await dispatch(channel, {}, ctx);
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    }
    expect(calls).toHaveLength(0);
  });

  it('rejects wrong types, extra keys, __proto__ keys and oversized strings with BAD_REQUEST', async () => {
    const { handlers, calls } = recordingHandlers();
    const dispatch = createDispatcher(handlers);
    const bad: Array<[RequestChannel, unknown]> = [
      ['app.setWindowVisible', { visible: 'yes' }],
      ['app.setWindowVisible', { visible: true, extra: 1 }],
      ['app.setWindowVisible', JSON.parse('{"visible":true,"__proto__":{"polluted":true}}')],
      ['meetings.join', { input: 'x'.repeat(10_000) }],
      ['meetings.join', { input: 'x'.repeat(5_000_000) }],
      ['meetings.createInstant', { presetId: 5 }],
      ['meetings.createInstant', 'not an object'],
      ['app.getInfo', [1, 2]],
    ];
    for (const [channel, payload] of bad) {
      const result = await dispatch(channel, payload, ctx);
      expect(result, `${channel} ${JSON.stringify(payload).slice(0, 60)}`).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    }
    expect(calls).toHaveLength(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects deeply nested payloads without recursing', async () => {
    const { handlers } = recordingHandlers();
    let deep: unknown = {};
    for (let i = 0; i < 10_000; i++) deep = { a: deep };
    const result = await createDispatcher(handlers)('meetings.join', deep, ctx);
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });

  it('turns AppError into its typed code and hides other errors behind INTERNAL', async () => {
    const { handlers } = recordingHandlers();
    const internal: string[] = [];
    const dispatch = createDispatcher(handlers, { onInternalError: (channel) => internal.push(channel) });
    expect(await dispatch('meetings.join', { input: 'abc' }, ctx)).toEqual({
      ok: false,
      error: { code: 'INVALID_MEETING_CODE', message: 'That does not look like a Meet code.' },
    });
    const hidden = await dispatch('conference.end', { space: 'spaces/x' }, ctx);
    expect(hidden).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(hidden)).not.toContain('ya29');
    expect(internal).toEqual(['conference.end']);
  });

  it('rate-limits a flood per channel and recovers as time passes', async () => {
    const { handlers, calls } = recordingHandlers();
    let now = 0;
    const dispatch = createDispatcher(handlers, { rateLimit: { perSecond: 10, burst: 20 }, now: () => now });
    const results = await Promise.all(Array.from({ length: 1000 }, () => dispatch('app.getInfo', {}, ctx)));
    expect(results.filter((r) => r.ok)).toHaveLength(20);
    expect(results.filter((r) => !r.ok && r.error.code === 'BUSY')).toHaveLength(980);
    expect((await dispatch('app.listNotices', {}, ctx)).ok).toBe(true);
    now += 1000;
    expect((await dispatch('app.getInfo', {}, ctx)).ok).toBe(true);
    expect(calls.length).toBe(22);
  });

  it('never throws and never calls a handler with a payload its schema refuses (fuzz)', async () => {
    const { handlers, calls } = recordingHandlers();
    const dispatch = createDispatcher(handlers, { rateLimit: { perSecond: 1e9, burst: 1e9 } });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...REQUEST_CHANNELS), fc.anything({ withNullPrototype: true, withObjectString: true }), async (channel, payload) => {
        calls.length = 0;
        const result = await dispatch(channel, payload, ctx);
        if (calls.length > 0) {
          expect(requests[channel].request.safeParse(payload ?? {}).success).toBe(true);
        } else {
          expect(result.ok).toBe(false);
        }
      }),
      { numRuns: 400 },
    );
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
  });
});

describe('validating mode for pushes', () => {
  it('passes a push that fits its schema and reports and drops one that does not', () => {
    const sent: Array<{ event: string; payload: unknown }> = [];
    const breaches: string[] = [];
    const emit = contractCheckedEmitter(
      (event, payload) => sent.push({ event, payload }),
      (event) => breaches.push(event),
    );
    emit('auth.changed', { status: 'signedOut' });
    emit('auth.changed', { status: 'signedIn' } as never);
    expect(sent).toEqual([{ event: 'auth.changed', payload: { status: 'signedOut' } }]);
    expect(breaches).toEqual(['auth.changed']);
  });
});

describe('the in-process API', () => {
  it('has the window’s methods, goes through the dispatcher under its own sender id, answers values and throws AppErrors', async () => {
    const seen: Array<{ channel: string; senderId: string }> = [];
    const handlers = Object.fromEntries(
      REQUEST_CHANNELS.map((channel) => [
        channel,
        async (_request: unknown, context: { senderId: string }) => {
          seen.push({ channel, senderId: context.senderId });
          return null;
        },
      ]),
    ) as unknown as Handlers;
    const api = createInProcessApi(createDispatcher(handlers), 'tray', { on: () => () => undefined });
    await expect(api.app.setWindowVisible({ visible: true })).resolves.toBeNull();
    expect(seen).toEqual([{ channel: 'app.setWindowVisible', senderId: 'tray' }]);
    // The dispatcher's validation applies: a malformed request never reaches the handler.
    await expect(api.meetings.copyLink({ space: 42 } as never)).rejects.toMatchObject({ name: 'AppError', code: 'BAD_REQUEST' });
    expect(seen).toHaveLength(1);
    const methods = Object.entries(api as unknown as Record<string, Record<string, unknown>>)
      .filter(([key]) => key !== 'on')
      .flatMap(([domain, group]) => Object.keys(group).map((method) => `${domain}.${method}`));
    expect(methods.sort()).toEqual([...REQUEST_CHANNELS].sort());
  });
});
