/** What reading a data file found; the core validates `data` and decides what to do. */
export type { DocumentRead } from '@quickmeet/common/data-file';
import type { DocumentRead } from '@quickmeet/common/data-file';

/**
 * One JSON document on disk (registry, account, recordings cache, spare pool). `read` answers
 * `undefined` for a missing or unusable file; the caller validates the shape. File-backed stores
 * also tell missing, unreadable and damaged apart (`inspect`) and can set a damaged file aside
 * (`moveAside`); the core's document policy uses them and adds `reportDamaged` for callers.
 */
export interface DocumentStore {
  read(): Promise<unknown>;
  write(value: unknown): Promise<void>;
  /** What the file holds, kept apart by kind. In-memory stores need not have it. */
  inspect?(): Promise<DocumentRead>;
  /** Renames the file to `<file>.corrupt-<stamp>` and answers the new path. */
  moveAside?(stamp: string): Promise<string>;
  /** The caller found the document's shape damaged: it is set aside, once, with a notice. */
  reportDamaged?(reason: string): Promise<void>;
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
