import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { MAX_MESSAGE_BYTES } from '../../shared/ipc/limits';
import { RENDERER_SECURITY_HEADERS } from '../../shared/security/content-security-policy';
import { createBridgeAccess, type BridgeAccess } from './bridge-access';
import { BRIDGE_SOCKET_PATH } from './bridge-socket-path';
import { loadStaticFile, type StaticRoots } from './static-files';

export interface BridgeServerOptions extends StaticRoots {
  /** 0 or undefined = OS-assigned. The server always binds 127.0.0.1. */
  readonly port?: number;
  /** Fixed secret for tests; random otherwise. */
  readonly secret?: string;
  /** Called for every accepted page connection. */
  readonly onConnection: (socket: WebSocket) => void;
}

export interface BridgeServer {
  /** The URL to open, with the per-run secret; print it, never log it elsewhere. */
  readonly url: string;
  readonly access: BridgeAccess;
  close(): Promise<void>;
}

/** Starts the loopback HTTP + WebSocket server that serves the renderer and the IPC socket. */
export async function startBridgeServer(options: BridgeServerOptions): Promise<BridgeServer> {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES * 2 });
  const http = createServer();
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  // The secret and origin need the OS-assigned port; nobody knows the URL before this returns.
  const access = createBridgeAccess((http.address() as AddressInfo).port, options.secret);
  http.on('request', (request, response) => {
    void serve(options, access, request, response).catch(() => respond(response, 500, 'Internal error.'));
  });
  http.on('upgrade', (request, socket, head) => {
    const path = new URL(request.url ?? '/', 'http://bridge.invalid').pathname;
    if (path !== BRIDGE_SOCKET_PATH || !access.mayOpenSocket(request)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => options.onConnection(ws));
  });
  return {
    url: `${access.origin}/?token=${access.secret}`,
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
  if (request.method !== 'GET' && request.method !== 'HEAD') return respond(response, 405, 'Method not allowed.');
  if (!access.hasSecret(request)) {
    return respond(response, 403, 'Open the URL that `npm run preview` printed; this page needs its secret.');
  }
  const url = new URL(request.url ?? '/', access.origin);
  if (url.searchParams.has('token')) {
    // Trade the secret in the URL for a cookie, and drop it from the address bar and history.
    response.writeHead(303, { Location: '/', 'Set-Cookie': access.cookie(), 'Cache-Control': 'no-store' });
    return void response.end();
  }
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
