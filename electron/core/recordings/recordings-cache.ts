import { z } from 'zod';
import { Artifact } from '../../../shared/model/artifact';
import type { Conference } from '../../../shared/model/conference';
import type { DocumentStore } from '../ports/document-store';
import { compareRfc3339 } from '../../../shared/time/rfc3339';

/** A conference record as the cache remembers it, beyond Google's 30-day expiry. */
export const CachedRecord = z.object({
  name: z.string().max(300),
  space: z.string().max(200),
  meetingCode: z.string().max(130).optional(),
  startTime: z.string(),
  endTime: z.string().optional(),
  /** When its artifacts were last listed. */
  checkedAt: z.string().optional(),
  /** Google no longer has it (404); its artifacts stay in the cache. */
  expired: z.boolean().optional(),
});
export type CachedRecord = z.infer<typeof CachedRecord>;

/** A cached record in the shape the window shows. */
export function cachedToConference(record: CachedRecord): Conference {
  return {
    record: record.name,
    space: record.space,
    ...(record.meetingCode ? { meetingCode: record.meetingCode } : {}),
    startTime: record.startTime,
    ...(record.endTime ? { endTime: record.endTime } : {}),
  };
}

const CacheDocument = z.object({
  version: z.literal(1),
  /** Newest conference `startTime` seen; the next refresh asks only for records from then on. */
  lastSeenStartTime: z.string().optional(),
  records: z.array(CachedRecord),
  artifacts: z.array(Artifact),
});
type CacheDocument = z.infer<typeof CacheDocument>;

/** Bounds so the cache file stays small after years of use. */
const MAX_RECORDS = 2_000;
const MAX_ARTIFACTS = 2_000;

const newestFirst = (a: { startTime?: string | undefined }, b: { startTime?: string | undefined }) => compareRfc3339(b.startTime, a.startTime);
/** Artifacts newest first; those of one moment by kind, then name, so the menu and the list keep one order. */
const artifactOrder = (a: Artifact, b: Artifact) => newestFirst(a, b) || a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name);

/** The recent-recordings cache: in memory for instant menu reads, persisted as one JSON document. */
export class RecordingsCache {
  private doc: CacheDocument = { version: 1, records: [], artifacts: [] };

  constructor(private readonly store: DocumentStore) {}

  /** Loads the document; a missing or invalid file starts an empty cache (it is rebuilt from Google). */
  async load(): Promise<boolean> {
    // Another account's cache must not be read (by the tray menu, say) while this one loads.
    this.doc = { version: 1, records: [], artifacts: [] };
    const parsed = CacheDocument.safeParse(await this.store.read());
    this.doc = parsed.success ? parsed.data : { version: 1, records: [], artifacts: [] };
    return parsed.success;
  }

  async save(): Promise<void> {
    await this.store.write(this.doc);
  }

  /** Every cached artifact, newest first. No I/O: this is what the tray menu reads. */
  artifacts(): ReadonlyArray<Artifact> {
    return this.doc.artifacts;
  }

  artifact(name: string): Artifact | undefined {
    return this.doc.artifacts.find((artifact) => artifact.name === name);
  }

  records(): ReadonlyArray<CachedRecord> {
    return this.doc.records;
  }

  record(name: string): CachedRecord | undefined {
    return this.doc.records.find((record) => record.name === name);
  }

  get lastSeenStartTime(): string | undefined {
    return this.doc.lastSeenStartTime;
  }

  /** True before the first successful refresh (nothing is "new" yet, so nothing is announced). */
  get empty(): boolean {
    return this.doc.lastSeenStartTime === undefined && this.doc.records.length === 0;
  }

  /** Adds or updates a record and advances the last-seen start time. */
  upsertRecord(record: CachedRecord): void {
    const others = this.doc.records.filter((existing) => existing.name !== record.name);
    const records = [...others, record].sort(newestFirst).slice(0, MAX_RECORDS);
    const last = this.doc.lastSeenStartTime;
    const lastSeenStartTime = !last || compareRfc3339(record.startTime, last) > 0 ? record.startTime : last;
    this.doc = { ...this.doc, records, lastSeenStartTime };
  }

  /** Replaces the artifacts of one record; answers those that reached FILE_GENERATED with this call. */
  setArtifacts(record: string, artifacts: ReadonlyArray<Artifact>): Artifact[] {
    const before = new Map(this.doc.artifacts.filter((a) => a.record === record).map((a) => [a.name, a]));
    const kept = this.doc.artifacts.filter((a) => a.record !== record);
    this.doc = { ...this.doc, artifacts: [...kept, ...artifacts].sort(artifactOrder).slice(0, MAX_ARTIFACTS) };
    return artifacts.filter((a) => a.state === 'FILE_GENERATED' && before.get(a.name)?.state !== 'FILE_GENERATED');
  }
}
