/**
 * The node:http front door: host check, routing, latency, fault injection, error rendering and the
 * request log. Google paths and the control API share one loopback origin.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import type { FaultPlan } from '../control/fault-plan';
import type { RequestLog } from '../control/request-log';
import type { EmulatorContext } from '../emulator-context';
import { OAuthError, oauthErrorReply } from '../oauth/oauth-error';
import { grantTypeOf } from '../oauth/token-routes';
import { htmlFaultReply, malformedReply, sendTruncated, statusFaultReply, wrongTypesReply } from './fault-responses';
import { GoogleApiError, googleErrorReply } from './google-error';
import type { Reply } from './reply';
import { BodyError, mediaTypeOf, readBody } from './request-body';
import { matchRoute, type RequestContext, type Route, type RouteFamily } from './route';

const LOOPBACK_HOST = /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/i;

/**
 * Why a control request is refused, if it is: a page on another origin must not drive the emulator.
 * Browsers send `text/plain; x=application/json` cross-site without a CORS preflight, so the media
 * type itself must be `application/json` (which forces a preflight the emulator never grants); and a
 * foreign `Origin` or `Sec-Fetch-Site: cross-site` is refused outright (OWASP CSRF Prevention Cheat
 * Sheet, "Verifying Origin with standard headers" and "Fetch Metadata headers").
 */
function controlRequestRefusal(req: IncomingMessage): GoogleApiError | undefined {
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${req.headers.host ?? ''}`) {
    return new GoogleApiError('PERMISSION_DENIED', 'Control requests from another origin are refused.');
  }
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return new GoogleApiError('PERMISSION_DENIED', 'Control requests from another site are refused.');
  }
  if (req.method === 'POST' && mediaTypeOf(req.headers['content-type']) !== 'application/json') {
    return new GoogleApiError('INVALID_ARGUMENT', 'Control requests must be sent as Content-Type: application/json.');
  }
  return undefined;
}

/** The surface an unrouted path belongs to, so its 404 has that surface's shape. */
const familyOfPath = (path: string): RouteFamily => {
  if (path.startsWith('/emulator/')) return 'control';
  if (/^\/v2(beta)?\//.test(path)) return 'meet';
  if (path.startsWith('/v1/projects/')) return 'pubsub';
  if (/^\/v1\/(subscriptions|operations)(\/|:|$)/.test(path)) return 'workspaceevents';
  return 'oauth';
};

function errorReply(error: unknown, family: RouteFamily, routeId: string | undefined): Reply {
  if (error instanceof OAuthError) return oauthErrorReply(error);
  if (error instanceof GoogleApiError) return googleErrorReply(error, routeId);
  if (error instanceof BodyError) return googleErrorReply(new GoogleApiError('INVALID_ARGUMENT', error.message));
  const message = error instanceof Error ? error.message : String(error);
  return family === 'oauth' ? oauthErrorReply(new OAuthError('invalid_request', message)) : googleErrorReply(new GoogleApiError('INTERNAL', `Internal error encountered. ${message}`));
}

function send(res: ServerResponse, reply: Reply): void {
  const body = reply.text ?? (reply.json === undefined ? '' : JSON.stringify(reply.json));
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=UTF-8', ...reply.headers, 'content-length': String(Buffer.byteLength(body)) };
  res.writeHead(reply.status, headers);
  res.end(body);
}

const serialized = (reply: Reply): { headers: Record<string, string>; body: string } => ({
  headers: { 'content-type': 'application/json; charset=UTF-8', ...reply.headers },
  body: reply.text ?? JSON.stringify(reply.json ?? {}),
});

/** Creates the server (not yet listening). */
export function createEmulatorServer(emu: EmulatorContext, routes: ReadonlyArray<Route>, faults: FaultPlan, log: RequestLog): Server {
  const run = async (route: Route | undefined, ctx: RequestContext, family: RouteFamily): Promise<Reply> => {
    if (route === undefined) {
      const error = new GoogleApiError('NOT_FOUND', `The requested URL ${ctx.path} was not found on this server.`);
      return family === 'oauth' ? { status: 404, json: { error: 'not_found', error_description: error.message } } : googleErrorReply(error);
    }
    try {
      return await route.handle(ctx);
    } catch (error) {
      return errorReply(error, family, route.id);
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const startedMs = performance.now();
    const startedAt = new Date(emu.clock.now()).toISOString();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let path = url.pathname;
    try {
      // Some clients escape the slashes of resource names (spaces%2Fabc); both forms route the same.
      path = decodeURIComponent(url.pathname);
    } catch {
      // keep the raw path; it will not match a route
    }
    const verb = req.method ?? 'GET';
    const match = matchRoute(routes, verb, path);
    const route = match.route;
    const family = route?.family ?? familyOfPath(path);
    // Filled in as the request proceeds; read when the response closes.
    const outcome: { fault?: string; grant?: string } = {};
    if (family !== 'control') {
      res.once('close', () => {
        const status = res.headersSent && outcome.fault !== 'reset' ? res.statusCode : 0;
        const durationMs = Math.round((performance.now() - startedMs) * 10) / 10;
        log.add({ method: verb, path, apiMethod: route?.id ?? 'unknown', status, startedAt, durationMs, ...outcome });
      });
    }
    // Loopback only, also by name: a DNS-rebound page cannot reach the emulator through another host name.
    if (!LOOPBACK_HOST.test(req.headers.host ?? '')) return send(res, { status: 421, json: { error: { code: 421, message: 'Misdirected request: use 127.0.0.1.', status: 'INVALID_ARGUMENT' } } });
    let body: string;
    try {
      body = await readBody(req);
    } catch (error) {
      return send(res, errorReply(error, family, route?.id));
    }
    // A handler that waits (a held-open pull) stops when the client goes away or the server closes.
    const aborter = new AbortController();
    res.once('close', () => aborter.abort());
    const ctx: RequestContext = { method: verb, path, query: url.searchParams, headers: req.headers, body, params: match.route ? match.params : {}, signal: aborter.signal };
    if (family === 'control') {
      const refusal = controlRequestRefusal(req);
      if (refusal !== undefined) return send(res, googleErrorReply(refusal));
      return send(res, await run(route, ctx, family));
    }
    if (route?.id === 'oauth.token') outcome.grant = grantTypeOf(ctx);
    if (emu.settings.latencyMs > 0) await delay(emu.settings.latencyMs);
    const fault = route === undefined ? undefined : faults.take(route.id);
    if (fault !== undefined) outcome.fault = fault.kind;
    if (fault === undefined) return send(res, await run(route, ctx, family));
    switch (fault.kind) {
      case 'status':
        return send(res, statusFaultReply(fault, family));
      case 'html':
        return send(res, htmlFaultReply(fault));
      case 'malformed':
        return send(res, malformedReply());
      case 'wrongTypes':
        return send(res, wrongTypesReply(await run(route, ctx, family)));
      case 'truncated': {
        const reply = await run(route, ctx, family);
        const { headers, body: text } = serialized(reply);
        return sendTruncated(res, reply.status, headers, text);
      }
      case 'reset':
        if (fault.applyFirst) await run(route, ctx, family);
        // An RST rather than a FIN, as a crashed proxy would send.
        req.socket.resetAndDestroy();
        return;
      case 'hang':
        if (fault.applyFirst) await run(route, ctx, family);
        return; // never answer; the socket closes when the client gives up or the emulator stops
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, errorReply(error, 'meet', undefined));
      else res.destroy();
    });
  });
  // Idle keep-alive sockets outlive the clients' own idle limit (undici: 4 s), as Google's front ends
  // do: when the server closed first (Node's default 5 s), a client whose event loop was busy past
  // that reused the socket and its request met an RST (ECONNRESET).
  server.keepAliveTimeout = 65_000;
  return server;
}
