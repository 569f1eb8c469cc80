import { runInNewContext } from 'node:vm';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { QUICKMEET_IPC_CHANNEL } from '../../electron/shell/ipc-channel';
import { EVENT_CHANNELS, REQUEST_CHANNELS } from '../../shared/ipc/channel-names';
import { REPO_ROOT } from './source-files';

/** The preload bundled as the build bundles it: CommonJS, `electron` external. */
let bundle: { code: string; inputs: string[]; requires: string[] };

beforeAll(async () => {
  const result = await build({
    entryPoints: [join(REPO_ROOT, 'electron/preload/preload.ts')],
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'node',
    target: 'chrome140',
    external: ['electron'],
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  const requires = [...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]!);
  bundle = { code, inputs: Object.keys(result.metafile.inputs), requires };
});

/** Runs the bundle in a fresh context with stub contextBridge and ipcRenderer, as a sandboxed preload runs. */
function loadPreload() {
  const exposed = new Map<string, unknown>();
  const listeners = new Map<string, (event: unknown, message: unknown) => void>();
  const sent: Array<{ channel: string; message: unknown }> = [];
  const ipcRenderer = {
    send: (channel: string, message: unknown) => void sent.push({ channel, message }),
    on: (channel: string, listener: (event: unknown, message: unknown) => void) => void listeners.set(channel, listener),
    removeListener: (channel: string) => void listeners.delete(channel),
    invoke: () => {
      throw new Error('the preload must not use invoke');
    },
  };
  const electron = { contextBridge: { exposeInMainWorld: (key: string, api: unknown) => void exposed.set(key, api) }, ipcRenderer };
  const module = { exports: {} };
  const require = (id: string) => {
    if (id === 'electron') return electron;
    throw new Error(`a sandboxed preload cannot require ${id}`);
  };
  runInNewContext(bundle.code, { require, module, exports: module.exports, console });
  const fromMain = (message: unknown) => listeners.get(QUICKMEET_IPC_CHANNEL)?.({ sender: ipcRenderer, senderId: 0 }, message);
  return { exposed, sent, fromMain, listeners };
}

describe('preload (E20)', () => {
  it('bundles without zod and requires nothing but electron', () => {
    expect(bundle.inputs.filter((input) => input.includes('zod'))).toEqual([]);
    expect(bundle.inputs.some((input) => input.endsWith('shared/ipc/contract.ts'))).toBe(false);
    expect([...new Set(bundle.requires)]).toEqual(['electron']);
  });

  it('exposes exactly window.quickmeet: the contract domains and `on`, each domain its methods only', () => {
    const { exposed } = loadPreload();
    expect([...exposed.keys()]).toEqual(['quickmeet']);
    const api = exposed.get('quickmeet') as Record<string, unknown>;
    const domains = [...new Set(REQUEST_CHANNELS.map((c) => c.split('.')[0]!))];
    expect(Object.keys(api).sort()).toEqual([...domains, 'on'].sort());
    for (const domain of domains) {
      const methods = REQUEST_CHANNELS.filter((c) => c.startsWith(`${domain}.`)).map((c) => c.split('.')[1]);
      expect(Object.keys(api[domain] as object).sort()).toEqual(methods.sort());
    }
    for (const forbidden of ['ipcRenderer', 'send', 'invoke', 'sendSync', 'postMessage', 'require', 'process']) {
      expect(api).not.toHaveProperty(forbidden);
    }
  });

  it('turns a method call into one request on the fixed channel and resolves with main’s answer', async () => {
    const { exposed, sent, fromMain } = loadPreload();
    const api = exposed.get('quickmeet') as { meetings: { createInstant(req: unknown): Promise<unknown> } };
    const answer = api.meetings.createInstant({ presetId: 'quick-call' });
    expect(sent).toEqual([
      { channel: QUICKMEET_IPC_CHANNEL, message: { kind: 'request', id: 1, channel: 'meetings.createInstant', payload: { presetId: 'quick-call' } } },
    ]);
    fromMain({ kind: 'response', id: 1, result: { ok: true, value: { meetingUri: 'https://meet.google.com/abc-mnop-xyz' } } });
    await expect(answer).resolves.toEqual({ ok: true, value: { meetingUri: 'https://meet.google.com/abc-mnop-xyz' } });
  });

  it('gives subscribers the payload only, never the IpcRendererEvent, and refuses unknown events', () => {
    const { exposed, fromMain } = loadPreload();
    const api = exposed.get('quickmeet') as { on(event: string, cb: (...args: unknown[]) => void): () => void };
    const calls: unknown[][] = [];
    const stop = api.on(EVENT_CHANNELS[0], (...args) => calls.push(args));
    fromMain({ kind: 'event', event: EVENT_CHANNELS[0], payload: { id: 'n1' } });
    stop();
    fromMain({ kind: 'event', event: EVENT_CHANNELS[0], payload: { id: 'n2' } });
    expect(calls).toEqual([[{ id: 'n1' }]]);
    expect(() => api.on('ipc.raw', () => undefined)).toThrow(/unknown event/);
  });
});
