import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUEST_CHANNELS } from '../../shared/ipc/channel-names';
import { requests, type RequestChannel } from '../../shared/ipc/contract';
import { createDispatcher, type Dispatch } from '../../shared/ipc/dispatcher';
import type { EmulatorControl } from '@quickmeet/emulator';
import { ctx, startSignedInCore, type SignedInCore } from './signed-in-core';
const TEN_MB = 'x'.repeat(10 * 1024 * 1024);

/** Values that break numbers, strings and shapes, for every field of every request. */
const HOSTILE_VALUES: ReadonlyArray<unknown> = [NaN, Infinity, -Infinity, -1, -1e9, 1e308, 2 ** 53 + 2, '', TEN_MB, [], {}, true, { nested: { deeper: 1 } }];

function deeplyNested(depth: number): unknown {
  let value: unknown = {};
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

/** Whole payloads no request schema should take: wrong types, extra keys, prototype keys, huge and deep ones. */
const HOSTILE_PAYLOADS: ReadonlyArray<unknown> = [
  'a string',
  42,
  NaN,
  Infinity,
  [1, 2],
  true,
  { extraKey: 1 },
  JSON.parse('{"__proto__":{"polluted":true}}'),
  { constructor: { prototype: { polluted: true } } },
  { prototype: { polluted: true } },
  { big: TEN_MB },
  deeplyNested(10_000),
];

/** Every field of the channel's request object set to each hostile value in turn. */
function fieldVariants(channel: RequestChannel): unknown[] {
  const shape = (requests[channel].request as unknown as { shape?: Record<string, unknown> }).shape ?? {};
  return Object.keys(shape).flatMap((key) => HOSTILE_VALUES.map((value) => ({ [key]: value })));
}

/** Meeting codes and links that must be refused before any request (look-alikes, other schemes). */
// Any letter groups joined by hyphens are a code, and http:// Meet links are accepted: neither is here.
const BAD_MEETING_INPUTS = [
  'abc-defg-hi1',
  'abc_defg_hij',
  'https://meet.google.com.evil.com/abc-defg-hij',
  'https://evil.com#@meet.google.com/abc-defg-hij',
  'https://meet.goog1e.com/abc-defg-hij',
  'https://xn--met-google-com.example/abc-defg-hij',
  'javascript:alert(1)//meet.google.com/abc-defg-hij',
  'ftp://meet.google.com/abc-defg-hij',
  'https://meet.google.com/new',
  'file:///etc/passwd',
];

/** A short description of a payload for failure messages (the deep one cannot be stringified). */
function label(payload: unknown): string {
  try {
    return String(JSON.stringify(payload)).slice(0, 80);
  } catch {
    return `<${typeof payload} too deep to print>`;
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the core's start-up work (spare space, caches) has stopped writing and calling Google. */
async function settled(home: string, control: EmulatorControl): Promise<void> {
  let last = '';
  for (let waited = 0; waited < 15_000; waited += 500) {
    const now = JSON.stringify([...snapshot(home)]) + (await control.requests()).length;
    if (now === last && !now.includes('.tmp')) return;
    last = now;
    await pause(500);
  }
  throw new Error('the core kept writing for 15 s');
}

/** Every file in the app-data folder except the log, by relative path, with its bytes. */
function snapshot(dir: string, prefix = ''): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'logs') continue;
    if (statSync(path).isDirectory()) for (const [k, v] of snapshot(path, `${prefix}${name}/`)) files.set(k, v);
    else files.set(`${prefix}${name}`, readFileSync(path, 'base64'));
  }
  return files;
}

/**
 * F29 against the whole core (real adapters, emulator, files), signed in so that a payload that
 * slipped through would reach Google or the disk: every hostile payload is refused with a typed
 * error, and nothing is sent, written or polluted.
 */
describe('IPC payload fuzz against the real core (F29)', () => {
  let app: SignedInCore;
  let dispatch: Dispatch;
  let control: EmulatorControl;
  let home: string;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    app = await startSignedInCore();
    ({ control, home } = app);
    // A settings file on disk, so that a write slipping through would show.
    await app.core.handlers['settings.update']({ copyFormat: 'uri' }, ctx);
    dispatch = createDispatcher(app.core.handlers, { rateLimit: { perSecond: 1e9, burst: 1e9 } });
    await settled(home, control);
  });
  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await app.stop();
  });

  it('refuses every hostile payload on every channel with a typed error, and nothing leaves or lands', { timeout: 120_000 }, async () => {
    await control.clearRequests();
    const before = snapshot(home);
    const prototypeKeys = Object.getOwnPropertyNames(Object.prototype);
    const eventsBefore = app.events.emitted.length;
    const openedBefore = app.urlOpener.opened.length;

    const sent: Array<[RequestChannel, unknown]> = [];
    for (const channel of REQUEST_CHANNELS) {
      for (const payload of [...HOSTILE_PAYLOADS, ...fieldVariants(channel)]) {
        if (requests[channel].request.safeParse(payload).success) continue;
        sent.push([channel, payload]);
        const result = await dispatch(channel, payload, ctx);
        expect(result, `${channel} ${label(payload)}`).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
      }
    }
    for (const input of BAD_MEETING_INPUTS) {
      const result = await dispatch('meetings.join', { input }, ctx);
      expect(result, input).toMatchObject({ ok: false });
      expect(['BAD_REQUEST', 'INVALID_MEETING_CODE'], input).toContain(!result.ok && result.error.code);
    }
    expect(sent.length).toBeGreaterThan(REQUEST_CHANNELS.length * HOSTILE_PAYLOADS.length * 0.8);

    expect(await control.requests()).toEqual([]);
    expect(snapshot(home)).toEqual(before);
    expect(app.events.emitted.length).toBe(eventsBefore);
    expect(app.urlOpener.opened.length).toBe(openedBefore);
    expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(prototypeKeys);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(unhandled).toEqual([]);
  });

  it('holds under random payloads (fast-check) on every channel', { timeout: 120_000 }, async () => {
    await control.clearRequests();
    const before = snapshot(home);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...REQUEST_CHANNELS), fc.anything({ withNullPrototype: true, withObjectString: true, withBigInt: true }), async (channel, payload) => {
        fc.pre(payload !== null && payload !== undefined && !requests[channel].request.safeParse(payload).success);
        const result = await dispatch(channel, payload, ctx);
        expect(result).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
      }),
      { numRuns: 500 },
    );
    expect(await control.requests()).toEqual([]);
    expect(snapshot(home)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(unhandled).toEqual([]);
  });
});
