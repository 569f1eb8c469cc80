import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { BRIDGE_SECRET_PROTOCOL_PREFIX } from './bridge-socket-path';

/**
 * Who may use the bridge: the holder of a per-run secret on this exact loopback origin. The secret
 * travels in the printed URL's fragment (never sent to a server), the page keeps it in its own
 * storage and presents it in the WebSocket handshake as a subprotocol. It is never a cookie:
 * cookies are not separated by port (RFC 6265 §8.5), so every other server on 127.0.0.1 would
 * receive it. Other pages and processes on the machine can reach the port but cannot drive the core.
 */
export interface BridgeAccess {
  readonly secret: string;
  /** `http://127.0.0.1:PORT`, the only Origin and Host the bridge accepts. */
  readonly origin: string;
  /** True when the request offers the secret as a WebSocket subprotocol. */
  hasSecret(request: IncomingMessage): boolean;
  /** True when the Host header names the bridge itself (blocks DNS rebinding). */
  hostIsBridge(request: IncomingMessage): boolean;
  /** True for a WebSocket upgrade the page itself opened: right Host, Origin and secret. */
  mayOpenSocket(request: IncomingMessage): boolean;
}

/** Creates the access policy for one run; `secret` is random unless a test fixes it. */
export function createBridgeAccess(port: number, secret = randomBytes(32).toString('base64url')): BridgeAccess {
  const origin = `http://127.0.0.1:${port}`;
  const host = `127.0.0.1:${port}`;
  const matches = (candidate: string) => sameSecret(candidate, secret);
  const access: BridgeAccess = {
    secret,
    origin,
    hasSecret: (request) => offeredProtocols(request).some((protocol) => protocol.startsWith(BRIDGE_SECRET_PROTOCOL_PREFIX) && matches(protocol.slice(BRIDGE_SECRET_PROTOCOL_PREFIX.length))),
    hostIsBridge: (request) => request.headers.host === host,
    mayOpenSocket: (request) => access.hostIsBridge(request) && request.headers.origin === origin && access.hasSecret(request),
  };
  return access;
}

/** The subprotocols a WebSocket handshake offers (RFC 6455 §4.1: a comma-separated list). */
function offeredProtocols(request: IncomingMessage): ReadonlyArray<string> {
  return (request.headers['sec-websocket-protocol'] ?? '').split(',').map((protocol) => protocol.trim());
}

/** Constant-time comparison, so the secret cannot be guessed byte by byte from response times. */
function sameSecret(candidate: string, secret: string): boolean {
  const a = Buffer.from(candidate);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}
