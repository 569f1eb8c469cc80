import { z } from 'zod';
import { createSerialQueue } from '../../../shared/async/serial-queue';
import type { DocumentStore } from '../ports/document-store';

/** A small document of entries keyed by one field (`{ version: 1, entries: [...] }`), read on each use. */
export interface EntryListDocument<T> {
  list(): Promise<ReadonlyArray<T>>;
  get(key: string): Promise<T | undefined>;
  /** Adds or replaces the entry with the same key. */
  put(entry: T): Promise<void>;
  remove(key: string): Promise<void>;
}

const Envelope = z.strictObject({ version: z.literal(1), entries: z.array(z.unknown()) });

/**
 * Entries kept in `store`; invalid ones are skipped, at most `limit` are kept (newest put first).
 * Reads go to the store every time, so an account switch (a store scoped per account) needs no reload.
 */
export function entryListDocument<T>(
  store: DocumentStore,
  entry: z.ZodType<T>,
  keyOf: (value: T) => string,
  limit = 200,
): EntryListDocument<T> {
  const writes = createSerialQueue();
  const list = async (): Promise<T[]> => {
    await writes.idle();
    const parsed = Envelope.safeParse(await store.read());
    if (!parsed.success) return [];
    return parsed.data.entries.flatMap((item) => {
      const value = entry.safeParse(item);
      return value.success ? [value.data] : [];
    });
  };
  const change = (edit: (entries: T[]) => T[]) =>
    writes.run(async () => {
      const parsed = Envelope.safeParse(await store.read());
      const current = parsed.success
        ? parsed.data.entries.flatMap((item) => (entry.safeParse(item).success ? [item as T] : []))
        : [];
      await store.write({ version: 1, entries: edit(current).slice(0, limit) });
    });
  return {
    list,
    get: async (key) => (await list()).find((value) => keyOf(value) === key),
    put: (value) => change((entries) => [value, ...entries.filter((known) => keyOf(known) !== keyOf(value))]),
    remove: (key) => change((entries) => entries.filter((known) => keyOf(known) !== key)),
  };
}
