import type { Clock } from '../ports/clock';
import type { DocumentStore, DocumentStoreFactory } from '../ports/document-store';
import type { Logger } from '../ports/logger';
import { dataFileNotSavedNotice, dataFileResetNotice, type DataFileLabel } from './data-file-notices';
import type { NoticeBoard } from './notice-board';

/** What the document policy needs from the core. */
export interface KeptDocumentDeps {
  readonly notices: NoticeBoard;
  readonly clock: Clock;
  readonly logger: Logger;
}

/** A data file under the one document policy. `write` never rejects: a file that cannot be written is kept in memory. */
export interface KeptDocument extends DocumentStore {
  reportDamaged(reason: string): Promise<void>;
  /** Stops writing the file (it is from a newer version, say): changes stay in memory, without a notice. */
  keepInMemory(): void;
}

const stampOf = (now: number) => new Date(now).toISOString().replace(/[:.]/g, '-');
const messageOf = (error: unknown) => (error instanceof Error ? error.message : 'unknown error');

/**
 * The one policy for every data file (settings, the meetings registry, the account file, caches):
 * a missing file is a fresh start; an unreadable one (permissions, a folder in its place) is left
 * alone and Quickmeet works in memory; a damaged one (not JSON, truncated, too large, or a shape the
 * caller rejects) is set aside as `<file>.corrupt-<time>` and Quickmeet starts afresh; a write that
 * fails keeps the document in memory. Each case posts one notice that names the file.
 */
export function keepDocument(store: DocumentStore, label: DataFileLabel, deps: KeptDocumentDeps): KeptDocument {
  let memoryOnly = false;
  // The latest value, once the file can no longer be written; reads answer it.
  let memory: { readonly value: unknown } | undefined;

  const cannotSave = (reason: string) => {
    memoryOnly = true;
    deps.logger.warn('data file kept in memory', { file: label.id, reason });
    deps.notices.post(dataFileNotSavedNotice(label, reason));
  };
  const setAside = async (reason: string) => {
    if (!store.moveAside) return;
    try {
      const movedTo = await store.moveAside(stampOf(deps.clock.now()));
      deps.logger.warn('data file damaged; set aside', { file: label.id, reason, movedTo });
      deps.notices.post(dataFileResetNotice(label, reason, movedTo));
    } catch (error) {
      // Never overwrite a file we could not keep a copy of.
      cannotSave(`the damaged ${label.file} could not be set aside: ${messageOf(error)}`);
    }
  };

  return {
    async read() {
      if (memory) return memory.value;
      if (memoryOnly) return undefined;
      if (!store.inspect) return store.read();
      const found = await store.inspect();
      switch (found.kind) {
        case 'missing':
          return undefined;
        case 'document':
          return found.data;
        case 'unreadable':
          cannotSave(found.reason);
          return undefined;
        case 'corrupt':
          await setAside(found.reason);
          return undefined;
      }
    },
    async write(value) {
      if (!memoryOnly) {
        try {
          await store.write(value);
          return;
        } catch (error) {
          cannotSave(messageOf(error));
        }
      }
      memory = { value };
    },
    reportDamaged: setAside,
    keepInMemory() {
      memoryOnly = true;
    },
  };
}

/** How the notices name the documents the core keeps; per-account names end in `-<hash>`. */
const LABELS: Readonly<Record<string, Omit<DataFileLabel, 'id'>>> = {
  meetings: { file: 'list of recent meetings', what: 'your recent meetings', fresh: 'an empty list' },
  account: { file: 'account file', what: 'who is signed in', fresh: 'no one signed in; sign in again' },
  'spare-spaces': { file: 'spare meeting list', what: 'the spare meeting', fresh: 'no spare meeting' },
  recordings: { file: 'recordings list', what: 'the recordings list', fresh: 'an empty list' },
  recaps: { file: 'meeting recaps file', what: 'your meeting recaps', fresh: 'no recaps' },
  'transcript-catalog': { file: 'list of saved transcripts', what: 'the transcripts kept for search', fresh: 'an empty list' },
  'transcript-entries': { file: 'saved transcript', what: 'one saved transcript', fresh: 'that transcript left out of search' },
};

/** The label for a document name, with or without its account suffix (and the number of a saved transcript). */
export function labelOf(name: string): DataFileLabel {
  const base = name.replace(/(-\d+)?(-[0-9a-f]{16}|-signed-out)$/, '');
  return { id: base, ...(LABELS[base] ?? { file: `${base} file`, what: `the ${base} file`, fresh: 'nothing' }) };
}

/** Puts every document of `documents` under {@link keepDocument}, one state per file name. */
export function keptDocuments(documents: DocumentStoreFactory, deps: KeptDocumentDeps): DocumentStoreFactory {
  const kept = new Map<string, KeptDocument>();
  const open = (name: string): KeptDocument => {
    let document = kept.get(name);
    if (!document) {
      document = keepDocument(documents(name), labelOf(name), deps);
      kept.set(name, document);
    }
    return document;
  };
  return Object.assign(open, documents.flush ? { flush: () => documents.flush!() } : {});
}
