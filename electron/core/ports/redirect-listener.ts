/** What the single accepted loopback callback carried. */
export type RedirectOutcome =
  | { readonly kind: 'code'; readonly code: string }
  | { readonly kind: 'error'; readonly error: string; readonly description?: string };

/** The core's answer to one callback: accept it (ends the wait) or refuse it with a 400 page. */
export type CallbackVerdict =
  | { readonly accept: true; readonly outcome: RedirectOutcome }
  | { readonly accept: false; readonly reason: string };

/** A listener bound for one sign-in flow. */
export interface PendingRedirect {
  /** `http://127.0.0.1:<port><path>` — an IP literal, never `localhost`. */
  readonly redirectUri: string;
  /** Settles with the first accepted callback. */
  readonly outcome: Promise<RedirectOutcome>;
  /** Stops listening; safe to call twice. */
  close(): Promise<void>;
}

/** Opens a loopback HTTP listener on an OS-assigned port for the duration of one flow. */
export interface RedirectListener {
  /** `judge` sees the query of each request to `path`; only the first accepted one counts. */
  listen(options: { readonly path: string; readonly judge: (query: URLSearchParams) => CallbackVerdict }): Promise<PendingRedirect>;
}
