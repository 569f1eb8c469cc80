import type { AppErrorInfo, Result } from './result';

/** What crosses a transport. Requests carry an id so answers can arrive out of order. */
export type WireMessage =
  | { readonly kind: 'request'; readonly id: number; readonly channel: string; readonly payload: unknown }
  | { readonly kind: 'response'; readonly id: number; readonly result: Result<unknown> }
  | { readonly kind: 'event'; readonly event: string; readonly payload: unknown };

/** A message pipe: ipcMain/ipcRenderer, a WebSocket, or an in-memory pair in tests. */
export interface Transport {
  send(message: WireMessage): void;
  /** Messages arrive as `unknown`: the receiver checks their shape. Returns an unsubscribe. */
  onMessage(listener: (message: unknown) => void): () => void;
}

/** Narrowing of untrusted input to a well-formed wire message, without any schema library. */
export function asWireMessage(value: unknown): WireMessage | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const m = value as Record<string, unknown>;
  if (m.kind === 'request' && Number.isSafeInteger(m.id) && typeof m.channel === 'string') {
    return { kind: 'request', id: m.id as number, channel: m.channel, payload: m.payload };
  }
  if (m.kind === 'response' && Number.isSafeInteger(m.id) && isResult(m.result)) {
    return { kind: 'response', id: m.id as number, result: m.result };
  }
  if (m.kind === 'event' && typeof m.event === 'string') {
    return { kind: 'event', event: m.event, payload: m.payload };
  }
  return undefined;
}

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as { ok?: unknown; error?: Partial<AppErrorInfo> };
  if (r.ok === true) return true;
  return r.ok === false && typeof r.error?.code === 'string' && typeof r.error.message === 'string';
}
