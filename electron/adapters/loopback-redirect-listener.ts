import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppError } from '../../shared/ipc/result';
import type { PendingRedirect, RedirectListener, RedirectOutcome } from '../core/ports/redirect-listener';
import { LOOPBACK_HEADERS, loopbackPage } from './loopback-pages';
import { isOriginForm } from './request-target';

/** The only addresses the listener ever binds: the loopback IP literals, never a wildcard. */
export type LoopbackAddress = '127.0.0.1' | '::1';

/** Binds `server` on `address` with an OS-assigned port. */
export type LoopbackBind = (server: Server, address: LoopbackAddress) => Promise<AddressInfo>;

/** Limits for the loopback listener. */
export interface LoopbackListenerOptions {
  /** Longer request targets get a 400 page (Google's callbacks are well under 2 KB). */
  readonly maxUrlLength?: number;
  /** How a port is bound; tests replace it to make a bind fail. */
  readonly bind?: LoopbackBind;
}

// IP literals only (RFC 8252 §8.3): `localhost` may resolve elsewhere or bind more than loopback.
const HOSTS: ReadonlyArray<{ readonly bind: LoopbackAddress; readonly literal: string }> = [
  { bind: '127.0.0.1', literal: '127.0.0.1' },
  { bind: '::1', literal: '[::1]' },
];

/** The real bind: port 0 on the given loopback address. */
export const bindLoopback: LoopbackBind = (server, host) => {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once('error', onError);
    server.listen(0, host, () => {
      server.off('error', onError);
      resolve(server.address() as AddressInfo);
    });
  });
};

function answer(res: ServerResponse, status: number, title: string, text: string): void {
  res.writeHead(status, LOOPBACK_HEADERS);
  res.end(loopbackPage(title, text));
}

/** The loopback listener for the sign-in flow: 127.0.0.1 (else ::1), OS-assigned port, one accepted callback. */
export function createLoopbackRedirectListener(options: LoopbackListenerOptions = {}): RedirectListener {
  const maxUrlLength = options.maxUrlLength ?? 4096;
  const bind = options.bind ?? bindLoopback;
  return {
    async listen({ path, judge }): Promise<PendingRedirect> {
      let settle!: (outcome: RedirectOutcome) => void;
      const outcome = new Promise<RedirectOutcome>((resolve) => (settle = resolve));
      let expectedHost = '';
      let closed = false;
      // Room for oversized queries to reach the handler, which refuses them with its own page.
      const server = createServer({ maxHeaderSize: 64 * 1024, requestTimeout: 10_000, headersTimeout: 10_000 }, (req, res) => handle(req, res));
      // Node answers a malformed request on its own connection ('clientError' → 400); a late server
      // error must not become an uncaught 'error' that ends the app.
      server.on('error', () => undefined);
      const close = async () => {
        if (closed) return;
        closed = true;
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
      };

      function handle(req: IncomingMessage, res: ServerResponse): void {
        const target = req.url ?? '';
        if (req.method !== 'GET') return answer(res, 405, 'Not allowed', 'This address only answers the sign-in page.');
        if (target.length > maxUrlLength) return answer(res, 400, 'Sign-in failed', 'The request was too long.');
        // A page on another origin (DNS rebinding) cannot pass for the browser coming back.
        if (req.headers.host !== expectedHost) return answer(res, 400, 'Sign-in failed', 'Unexpected host.');
        // `GET http://other/callback?…` (absolute form, RFC 9112 §3.2.2) would name another authority than Host.
        if (!isOriginForm(req)) return answer(res, 400, 'Sign-in failed', 'Unexpected request target.');
        const url = new URL(target, `http://${expectedHost}`);
        if (url.pathname !== path) return answer(res, 400, 'Not found', 'This address only answers the sign-in page.');
        const verdict = judge(url.searchParams);
        if (!verdict.accept) return answer(res, 400, 'Sign-in failed', `${verdict.reason} Return to Quickmeet and try again.`);
        settle(verdict.outcome);
        res.once('finish', () => void close());
        if (verdict.outcome.kind === 'code') answer(res, 200, 'Signed in', 'You are signed in to Quickmeet. You can close this tab.');
        else answer(res, 200, 'Sign-in cancelled', 'Quickmeet did not get access. You can close this tab and try again from Quickmeet.');
      }

      const failures: string[] = [];
      for (const host of HOSTS) {
        try {
          const address = await bind(server, host.bind);
          expectedHost = `${host.literal}:${address.port}`;
          return { redirectUri: `http://${expectedHost}${path}`, outcome, close };
        } catch (error) {
          failures.push(`${host.bind}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      throw new AppError('UNAVAILABLE', `Could not open a local port for the sign-in to come back to (${failures.join('; ')}).`);
    },
  };
}
