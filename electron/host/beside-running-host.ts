import type { DocumentStore, DocumentStoreFactory } from '../core/ports/document-store';
import { MEETINGS_DOCUMENT, SPARE_SPACES_DOCUMENT } from '../core/meetings/meetings-feature';

/**
 * Documents a running app or preview keeps in memory and writes whole: its spare spaces (a command
 * taking one from the file would hand out the same meeting the app still offers) and its meeting
 * registry (a command's snapshot would drop the app's newer entries from disk).
 */
const OWNED_BY_RUNNING_HOST: ReadonlyArray<string> = [MEETINGS_DOCUMENT, SPARE_SPACES_DOCUMENT];

/** For a short command beside a running host: those documents live in this process only; the rest are shared. */
export function documentsBesideRunningHost(documents: DocumentStoreFactory): DocumentStoreFactory {
  const own = new Map<string, DocumentStore>();
  const isOwned = (name: string) => OWNED_BY_RUNNING_HOST.some((base) => name === base || name.startsWith(`${base}-`));
  const memory = (): DocumentStore => {
    let value: unknown;
    return { read: async () => value, write: async (next) => void (value = next) };
  };
  const wrapped = (name: string): DocumentStore => {
    if (!isOwned(name)) return documents(name);
    const existing = own.get(name) ?? memory();
    own.set(name, existing);
    return existing;
  };
  return Object.assign(wrapped, documents.flush ? { flush: () => documents.flush!() } : {});
}
