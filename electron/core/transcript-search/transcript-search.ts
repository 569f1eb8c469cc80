import { z } from 'zod';
import { createSerialQueue } from '../../../shared/async/serial-queue';
import { createListeners } from '../../../shared/events/listeners';
import { AppError } from '../../../shared/ipc/result';
import type { Artifact } from '../../../shared/model/artifact';
import type { CachedEntry, CachedTranscript, TranscriptHit } from '../../../shared/model/transcript-search';
import type { DocumentStoreFactory } from '../ports/document-store';
import type { Logger } from '../ports/logger';
import type { RecordingsCache } from '../recordings/recordings-cache';
import { transcriptOrigin } from '../recordings/transcript-format';
import type { SpokenEntry, TranscriptReader } from '../recordings/transcript-reader';
import { snippetOf } from './snippet';
import { TranscriptArchive, type CatalogItem } from './transcript-archive';
import { INDEX_FORMAT, TranscriptIndex } from './transcript-index';

/** What transcript search needs. */
export interface TranscriptSearchDeps {
  readonly cache: RecordingsCache;
  readonly reader: TranscriptReader;
  /** Catalog and entries, under the core's document policy (damaged files set aside with a notice). */
  readonly documents: DocumentStoreFactory;
  /** The index file: a damaged one is simply rebuilt, so it bypasses the policy's notices. */
  readonly indexDocuments: DocumentStoreFactory;
  readonly account: () => string | null;
  readonly logger: Logger;
}

const IndexDocument = z.object({ version: z.literal(1), format: z.string(), keys: z.array(z.number().int()), index: z.unknown() });

/** Most hits one search answers. */
export const MAX_HITS = 100;

/** Entries with offsets from the transcript's start and durations, as the archive keeps them. */
export function toCachedEntries(spoken: ReadonlyArray<SpokenEntry>, transcriptStart?: string): CachedEntry[] {
  const origin = transcriptOrigin(spoken, transcriptStart);
  return spoken.map((entry) => {
    const start = Date.parse(entry.startTime);
    const end = Date.parse(entry.endTime);
    return {
      speaker: entry.speaker,
      text: entry.text,
      offsetMs: Number.isFinite(start) ? Math.max(0, start - origin) : 0,
      durationMs: Number.isFinite(start) && Number.isFinite(end) ? Math.max(0, end - start) : 0,
    };
  });
}

interface Loaded {
  readonly archive: TranscriptArchive;
  /** Restored at the first search or the first new transcript, not at start-up: a large index takes seconds to read. */
  index(): Promise<TranscriptIndex>;
}

/**
 * Transcript search: every generated transcript in the recordings cache is read once, kept in the
 * archive and added to a full-text index saved beside it. The index is restored at the first search;
 * when its file is missing, damaged or behind the catalog, it is rebuilt from the archive.
 */
export function createTranscriptSearch(deps: TranscriptSearchDeps) {
  const queue = createSerialQueue();
  const cached = createListeners<[item: CatalogItem, entries: ReadonlyArray<CachedEntry>]>();
  // Transcripts that could not be read this run (expired, refused): not retried on every refresh.
  const failed = new Set<string>();
  let loading: Promise<Loaded> | undefined;

  const restoreIndex = async (archive: TranscriptArchive): Promise<TranscriptIndex> => {
    const saved = IndexDocument.safeParse(await deps.indexDocuments(archive.indexName).read());
    const wanted = archive.list().map((item) => item.key);
    if (saved.success && saved.data.format === INDEX_FORMAT && saved.data.keys.every((key) => wanted.includes(key))) {
      try {
        const index = TranscriptIndex.restore(saved.data.index);
        const missing = archive.list().filter((item) => !saved.data.keys.includes(item.key));
        for (const item of missing) index.add(item.key, (await archive.entries(item)) ?? []);
        if (missing.length > 0) await saveIndex(archive, index);
        return index;
      } catch (error) {
        deps.logger.warn('transcript index damaged; rebuilding', { reason: error instanceof Error ? error.message : 'unknown' });
      }
    }
    const index = TranscriptIndex.empty();
    for (const item of archive.list()) index.add(item.key, (await archive.entries(item)) ?? []);
    if (archive.list().length > 0) await saveIndex(archive, index);
    return index;
  };

  const saveIndex = async (archive: TranscriptArchive, index: TranscriptIndex) => {
    const keys = archive.list().map((item) => item.key);
    await deps.indexDocuments(archive.indexName).write({ version: 1, format: INDEX_FORMAT, keys, index: index.toJSON() });
  };

  /** The archive and index of the account shown now, loaded once per account. */
  const loaded = async (): Promise<Loaded> => {
    const account = deps.account();
    if (loading) {
      const current = await loading;
      if (current.archive.account === account) return current;
    }
    loading = (async () => {
      const archive = new TranscriptArchive(deps.documents, account);
      await archive.load();
      let index: Promise<TranscriptIndex> | undefined;
      return { archive, index: () => (index ??= restoreIndex(archive)) };
    })();
    return loading;
  };

  const readable = (artifact: Artifact, archive: TranscriptArchive) =>
    artifact.kind === 'transcript' && artifact.state === 'FILE_GENERATED' && !archive.byName(artifact.name) && !failed.has(artifact.name);

  /** Reads, archives and indexes each generated transcript of the cache not archived yet. */
  const sync = () =>
    queue.run(async () => {
      const { archive, index: indexOf } = await loaded();
      let added = 0;
      for (const artifact of deps.cache.artifacts().filter((candidate) => readable(candidate, archive))) {
        let spoken: ReadonlyArray<SpokenEntry>;
        try {
          spoken = await deps.reader.read(artifact.name);
        } catch (error) {
          failed.add(artifact.name);
          deps.logger.warn('transcript not cached', { code: error instanceof AppError ? error.code : 'INTERNAL' });
          continue;
        }
        if (deps.account() !== archive.account) return;
        // The index first: restoring it after the archive gained this transcript would index it twice.
        const index = await indexOf();
        const entries = toCachedEntries(spoken, artifact.startTime);
        const record = deps.cache.record(artifact.record);
        const meetingCode = artifact.meetingCode ?? record?.meetingCode;
        const item = await archive.add(
          { transcript: artifact.name, record: artifact.record, ...(meetingCode ? { meetingCode } : {}), startTime: record?.startTime ?? artifact.startTime ?? '' },
          entries,
        );
        index.add(item.key, entries);
        added += 1;
        cached.emit(item, entries);
      }
      if (added > 0) await saveIndex(archive, await indexOf());
    });

  return {
    sync,
    /** Told once per transcript newly archived, with its entries (the recap's talk time). */
    onCached: cached.add,
    /** Another account is shown: its own archive and index load at the next use. */
    reset(): void {
      loading = undefined;
      failed.clear();
    },
    /** Settles once the archiving queued so far is done. */
    idle: () => queue.idle(),
    async search(query: string, limit = 50): Promise<TranscriptHit[]> {
      if (query.trim().length === 0) return [];
      const { archive, index: indexOf } = await loaded();
      return (await indexOf()).search(query, Math.min(limit, MAX_HITS)).flatMap((hit) => {
        const item = archive.byKey(hit.key);
        if (!item) return [];
        return [
          {
            transcript: item.transcript,
            record: item.record,
            ...(item.meetingCode ? { meetingCode: item.meetingCode } : {}),
            startTime: item.startTime,
            entry: hit.entry,
            speaker: hit.speaker,
            offsetMs: hit.offsetMs,
            snippet: snippetOf(hit.text, new Set(hit.terms)),
            score: hit.score,
          },
        ];
      });
    },
    /** One cached transcript in full. */
    async read(transcript: string): Promise<CachedTranscript> {
      const { archive } = await loaded();
      const item = archive.byName(transcript);
      const entries = item && (await archive.entries(item));
      if (!item || !entries) throw new AppError('NOT_FOUND', 'That transcript is not in the local copy.');
      return { transcript, record: item.record, ...(item.meetingCode ? { meetingCode: item.meetingCode } : {}), startTime: item.startTime, entries };
    },
    /** The cached transcripts of one conference with their entries. */
    async ofRecord(record: string): Promise<ReadonlyArray<ReadonlyArray<CachedEntry>>> {
      const { archive } = await loaded();
      const items = archive.list().filter((item) => item.record === record);
      const found = await Promise.all(items.map((item) => archive.entries(item)));
      return found.filter((entries): entries is ReadonlyArray<CachedEntry> => entries !== undefined);
    },
  };
}

/** The running search. */
export type TranscriptSearch = ReturnType<typeof createTranscriptSearch>;
