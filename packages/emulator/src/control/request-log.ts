/** The log of Google-facing requests (not control calls) that tests read: method, path, status, timing. */

/** One logged request. `status` is 0 when no response was sent (hang, reset). */
export interface LoggedRequest {
  readonly seq: number;
  readonly method: string;
  readonly path: string;
  /** Route id, e.g. `meet.spaces.create`, `oauth.token`; `unknown` when no route matched. */
  readonly apiMethod: string;
  readonly status: number;
  readonly startedAt: string;
  readonly durationMs: number;
  /** For `/token`: the grant type. */
  readonly grant?: string;
  /** The injected fault kind, if one fired. */
  readonly fault?: string;
}

/** Oldest entries are dropped past this many, so a long demo stays small. */
const MAX_ENTRIES = 10_000;

/** Creates an empty request log. */
export function createRequestLog() {
  let entries: LoggedRequest[] = [];
  let seq = 1;
  return {
    /** Appends an entry, numbering it. */
    add(entry: Omit<LoggedRequest, 'seq'>): void {
      entries.push({ seq: seq++, ...entry });
      if (entries.length > MAX_ENTRIES) entries = entries.slice(-MAX_ENTRIES);
    },
    /** Entries with `seq` greater than `since`. */
    since: (since = 0): ReadonlyArray<LoggedRequest> => entries.filter((e) => e.seq > since),
    /** Empties the log (numbering continues). */
    clear(): void {
      entries = [];
    },
  };
}

/** The request log's interface. */
export type RequestLog = ReturnType<typeof createRequestLog>;
