/**
 * One JSON document on disk (registry, recordings cache, spare pool). `read` answers `undefined`
 * for a missing or unreadable file; the caller validates the shape.
 */
export interface DocumentStore {
  read(): Promise<unknown>;
  write(value: unknown): Promise<void>;
}

/** Opens named documents inside the app-data folder. */
export interface DocumentStoreFactory {
  (name: string): DocumentStore;
  /**
   * Resolves once every write started so far, and every write chained onto those, has finished (or
   * failed), so a host can exit without losing the last one. Stores that finish writes synchronously
   * or keep documents in memory need not have it.
   */
  flush?(): Promise<void>;
}
