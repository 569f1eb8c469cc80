/**
 * A loopback HTTP proxy that records every exchange between a client and the emulator, so tests see
 * exactly what a client library sent and the raw JSON it decoded.
 */
import { createServer, request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request and its answer, as they crossed the wire. */
export interface Exchange {
  readonly method: string;
  /** Path and query exactly as sent (`/v2/spaces?$alt=json%3Benum-encoding=int`). */
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  readonly status: number;
  readonly responseBody: string;
}

/** A running tap. */
export interface WireTap {
  readonly port: number;
  /** How many exchanges have completed so far (a mark for `since`). */
  count(): number;
  /** The exchanges completed after a mark. */
  since(mark: number): ReadonlyArray<Exchange>;
  close(): Promise<void>;
}

const readAll = async (stream: AsyncIterable<unknown>): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

/** Starts a tap in front of `target` (an `http://127.0.0.1:PORT` base URL). */
export async function startWireTap(target: string): Promise<WireTap> {
  const upstream = new URL(target);
  const exchanges: Exchange[] = [];
  const server = createServer((req, res) => {
    void (async () => {
      const body = await readAll(req);
      const forwarded = request({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
        void readAll(answer).then((responseBody) => {
          exchanges.push({ method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers, body, status: answer.statusCode ?? 0, responseBody });
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          res.end(responseBody);
        });
      });
      forwarded.on('error', () => res.destroy());
      forwarded.end(body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    count: () => exchanges.length,
    since: (mark) => exchanges.slice(mark),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
