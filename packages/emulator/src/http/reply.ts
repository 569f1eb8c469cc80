/** What a route handler answers; the server turns it into bytes (and applies `fields` to JSON). */

/** A handler's answer. `json` bodies are serialised by the server; `text` is sent as is. */
export interface Reply {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly json?: unknown;
  readonly text?: string;
}

/** A JSON reply with status 200 unless told otherwise. */
export const jsonReply = (json: unknown, status = 200, headers?: Record<string, string>): Reply => ({ status, json, ...(headers ? { headers } : {}) });

/** An HTML reply. */
export const htmlReply = (html: string, status = 200, headers?: Record<string, string>): Reply => ({
  status,
  text: html,
  headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers },
});

/** A redirect. */
export const redirectReply = (location: string): Reply => ({
  status: 302,
  headers: { location, 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' },
  text: '',
});
