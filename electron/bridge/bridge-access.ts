import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Name of the cookie that carries the per-run secret after the first visit. */
export const ACCESS_COOKIE = 'quickmeet_bridge';

/**
 * Who may use the bridge: the holder of a per-run secret (printed once in the URL, then kept in an
 * HttpOnly SameSite=Strict cookie), on this exact loopback origin. Other pages and processes on the
 * machine can reach the port but cannot drive the core.
 */
export interface BridgeAccess {
  readonly secret: string;
  /** `http://127.0.0.1:PORT`, the only Origin and Host the bridge accepts. */
  readonly origin: string;
  /** True when the request carries the secret in its cookie or in `?token=`. */
  hasSecret(request: IncomingMessage): boolean;
  /** True when the Host header names the bridge itself (blocks DNS rebinding). */
  hostIsBridge(request: IncomingMessage): boolean;
  /** True for a WebSocket upgrade the page itself opened: right Host, Origin and cookie. */
  mayOpenSocket(request: IncomingMessage): boolean;
  /** The Set-Cookie value that stores the secret. */
  cookie(): string;
}

/** Creates the access policy for one run; `secret` is random unless a test fixes it. */
export function createBridgeAccess(port: number, secret = randomBytes(32).toString('base64url')): BridgeAccess {
  const origin = `http://127.0.0.1:${port}`;
  const host = `127.0.0.1:${port}`;
  const matches = (candidate: string | undefined) => candidate !== undefined && sameSecret(candidate, secret);
  const access: BridgeAccess = {
    secret,
    origin,
    hasSecret: (request) => matches(cookieValue(request.headers.cookie, ACCESS_COOKIE)) || matches(queryToken(request.url)),
    hostIsBridge: (request) => request.headers.host === host,
    mayOpenSocket: (request) =>
      access.hostIsBridge(request) &&
      request.headers.origin === origin &&
      matches(cookieValue(request.headers.cookie, ACCESS_COOKIE)),
    cookie: () => `${ACCESS_COOKIE}=${secret}; HttpOnly; SameSite=Strict; Path=/`,
  };
  return access;
}

/** Constant-time comparison, so the secret cannot be guessed byte by byte from response times. */
function sameSecret(candidate: string, secret: string): boolean {
  const a = Buffer.from(candidate);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

function queryToken(url: string | undefined): string | undefined {
  return new URL(url ?? '/', 'http://bridge.invalid').searchParams.get('token') ?? undefined;
}
