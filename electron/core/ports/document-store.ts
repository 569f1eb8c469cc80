/**
 * One JSON document on disk (registry, recordings cache, spare pool). `read` answers `undefined`
 * for a missing or unreadable file; the caller validates the shape.
 */
export interface DocumentStore {
  read(): Promise<unknown>;
  write(value: unknown): Promise<void>;
}

/** Opens named documents inside the app-data folder. */
export type DocumentStoreFactory = (name: string) => DocumentStore;
