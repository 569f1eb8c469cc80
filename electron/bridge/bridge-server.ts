import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { MAX_MESSAGE_BYTES } from '../../shared/ipc/limits';
import { RENDERER_SECURITY_HEADERS } from '../../shared/security/content-security-policy';
import { isOriginForm } from '../adapters/request-target';
import { createBridgeAccess, type BridgeAccess } from './bridge-access';
import { BRIDGE_SOCKET_PATH, BRIDGE_SOCKET_PROTOCOL } from './bridge-socket-path';
import { loadStaticFile, type StaticRoots } from './static-files';

export interface BridgeServerOptions extends StaticRoots {
  /** 0 or undefined = OS-assigned. The server always binds 127.0.0.1. */
  readonly port?: number;
  /** Fixed secret for tests; random otherwise. */
  readonly secret?: string;
  /** Called for every accepted page connection. */
  readonly onConnection: (socket: WebSocket) => void;
  /** Called when one connection fails (bad frame, oversized message, reset); only that connection closes. */
  readonly onConnectionError?: (error: Error) => void;
}

export interface BridgeServer {
  /** The URL to open, with the per-run secret in its fragment; print it, never log it elsewhere. */
  readonly url: string;
  readonly access: BridgeAccess;
  close(): Promise<void>;
}

/** Starts the loopback HTTP + WebSocket server that serves the renderer and the IPC socket. */
export async function startBridgeServer(options: BridgeServerOptions): Promise<BridgeServer> {
  const sockets = new WebSocketServer({
    noServer: true,
    maxPayload: MAX_MESSAGE_BYTES * 2,
    // Answer with the IPC protocol, never echo the secret the page offered beside it.
    handleProtocols: (offered) => (offered.has(BRIDGE_SOCKET_PROTOCOL) ? BRIDGE_SOCKET_PROTOCOL : false),
  });
  const http = createServer();
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  http.on('error', (error) => options.onConnectionError?.(error));
  // The secret and origin need the OS-assigned port; nobody knows the URL before this returns.
  const access = createBridgeAccess((http.address() as AddressInfo).port, options.secret);
  http.on('request', (request, response) => {
    void serve(options, access, request, response).catch(() => respond(response, 500, 'Internal error.'));
  });
  http.on('upgrade', (request, socket, head) => {
    // Until `ws` takes the socket over, a reset on it must fail this connection only.
    socket.on('error', () => socket.destroy());
    const path = isOriginForm(request) ? new URL(request.url ?? '/', access.origin).pathname : '';
    if (path !== BRIDGE_SOCKET_PATH || !access.mayOpenSocket(request)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => {
      // `ws` reports a bad frame (invalid UTF-8, oversized message) as 'error' and then closes the
      // connection with 1007/1009 (RFC 6455 §7.1.7); Node ends the process on an 'error' nobody hears.
      ws.on('error', (error) => options.onConnectionError?.(error));
      options.onConnection(ws);
    });
  });
  return {
    url: `${access.origin}/#token=${access.secret}`,
    access,
    close: async () => {
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

async function serve(roots: StaticRoots, access: BridgeAccess, request: IncomingMessage, response: ServerResponse) {
  if (!access.hostIsBridge(request)) return respond(response, 421, 'Wrong host.');
  if (!isOriginForm(request)) return respond(response, 400, 'Bad request target.');
  if (request.method !== 'GET' && request.method !== 'HEAD') return respond(response, 405, 'Method not allowed.');
  // The renderer's files hold no data and no secret; what needs the secret is the IPC socket.
  const url = new URL(request.url ?? '/', access.origin);
  const file = await loadStaticFile(roots, url.pathname);
  if (!file) return respond(response, 404, 'Not found.');
  response.writeHead(200, {
    ...RENDERER_SECURITY_HEADERS,
    'Content-Type': file.contentType,
    'Content-Length': file.body.length,
    'Cache-Control': 'no-store',
  });
  response.end(request.method === 'HEAD' ? undefined : file.body);
}

function respond(response: ServerResponse, status: number, message: string) {
  response.writeHead(status, { ...RENDERER_SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(message);
}
