import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import {
  createIpcMainTransport,
  type IpcFrame,
  type IpcSenderEvent,
  type IpcWindowContents,
  type SenderRejection,
} from '../../electron/shell/ipc-main-transport';
import { QUICKMEET_IPC_CHANNEL } from '../../electron/shell/ipc-channel';
import { createDispatcher } from '../../shared/ipc/dispatcher';
import type { Handlers } from '../../shared/ipc/handlers';
import { createServer } from '../../shared/ipc/server';

const MAIN: IpcFrame = { url: 'app://bundle/index.html', processId: 4, routingId: 1 };

/** One window's webContents: its own `ipc` emitter, a main frame, and a record of what main sent. */
class FakeContents implements IpcWindowContents {
  readonly ipc = new EventEmitter();
  readonly sent: unknown[] = [];
  destroyed = false;
  constructor(public mainFrame: IpcFrame = MAIN) {}
  send(channel: string, message: unknown) {
    this.sent.push({ channel, message });
  }
  isDestroyed() {
    return this.destroyed;
  }
}

function eventFrom(frame: IpcFrame | null) {
  const replies: unknown[] = [];
  const event: IpcSenderEvent = { senderFrame: frame, reply: (channel, message) => void replies.push({ channel, message }) };
  return { event, replies };
}

/** The real server and dispatcher behind the transport, with a handler that records whether it ran. */
function served() {
  const contents = new FakeContents();
  const rejected: SenderRejection[] = [];
  const calls: string[] = [];
  const handlers = new Proxy({} as Handlers, {
    get: (_t, channel: string) => async () => {
      calls.push(channel);
      return { version: '1.0.0', demoMode: true, host: 'electron', platform: 'linux' };
    },
  });
  createServer(createIpcMainTransport(contents, (r) => rejected.push(r)), createDispatcher(handlers), 'main-window');
  const request = { kind: 'request', id: 7, channel: 'app.getInfo', payload: {} };
  return { contents, rejected, calls, request };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('ipcMain transport sender validation (E17, F30)', () => {
  it('answers a request from the app main frame', async () => {
    const { contents, calls, request, rejected } = served();
    const { event } = eventFrom({ ...MAIN });
    contents.ipc.emit(QUICKMEET_IPC_CHANNEL, event, request);
    await flush();
    expect(calls).toEqual(['app.getInfo']);
    expect(rejected).toEqual([]);
    expect(contents.sent).toEqual([
      { channel: QUICKMEET_IPC_CHANNEL, message: { kind: 'response', id: 7, result: expect.objectContaining({ ok: true }) } },
    ]);
  });

  it.each<[string, IpcFrame | null, SenderRejection, boolean]>([
    ['a foreign origin in the main frame', { ...MAIN, url: 'https://evil.example/' }, 'foreign-origin', true],
    ['a file: page', { ...MAIN, url: 'file:///tmp/x.html' }, 'foreign-origin', true],
    ['a look-alike app host', { ...MAIN, url: 'app://bundle.evil/index.html' }, 'foreign-origin', true],
    ['a sub-frame', { url: 'app://bundle/index.html', processId: 4, routingId: 9 }, 'not-main-frame', true],
    ['a frame of another process', { url: 'app://bundle/index.html', processId: 5, routingId: 1 }, 'not-main-frame', true],
    ['a frame that navigated away or was destroyed (senderFrame null)', null, 'frame-gone', false],
  ])('rejects %s before the handler runs', async (_name, frame, reason, canReply) => {
    const { contents, calls, request, rejected } = served();
    const { event, replies } = eventFrom(frame);
    contents.ipc.emit(QUICKMEET_IPC_CHANNEL, event, request);
    await flush();
    expect(calls).toEqual([]);
    expect(rejected).toEqual([reason]);
    expect(contents.sent).toEqual([]);
    expect(replies).toEqual(
      canReply
        ? [{ channel: QUICKMEET_IPC_CHANNEL, message: { kind: 'response', id: 7, result: { ok: false, error: expect.objectContaining({ code: 'FORBIDDEN_SENDER' }) } } }]
        : [],
    );
  });

  it('sends nothing once the window is destroyed or its main frame left the app', () => {
    const contents = new FakeContents();
    const transport = createIpcMainTransport(contents);
    contents.destroyed = true;
    transport.send({ kind: 'event', event: 'app.notice', payload: {} });
    contents.destroyed = false;
    contents.mainFrame = { ...MAIN, url: 'https://evil.example/' };
    transport.send({ kind: 'event', event: 'app.notice', payload: {} });
    expect(contents.sent).toEqual([]);
  });

  it('stops listening when unsubscribed', () => {
    const contents = new FakeContents();
    const stop = createIpcMainTransport(contents).onMessage(() => undefined);
    expect(contents.ipc.listenerCount(QUICKMEET_IPC_CHANNEL)).toBe(1);
    stop();
    expect(contents.ipc.listenerCount(QUICKMEET_IPC_CHANNEL)).toBe(0);
  });
});
