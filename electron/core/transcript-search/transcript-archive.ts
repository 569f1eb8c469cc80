import { z } from 'zod';
import { CachedEntry } from '../../../shared/model/transcript-search';
import { accountNamespace } from '../auth/account-documents';
import type { DocumentStoreFactory } from '../ports/document-store';

/** One cached transcript in the catalog; its entries are in their own document, named by `key`. */
export const CatalogItem = z.object({
  key: z.number().int().min(0),
  transcript: z.string().max(400),
  record: z.string().max(300),
  meetingCode: z.string().max(130).optional(),
  startTime: z.string().max(40),
  entries: z.number().int().min(0),
});
export type CatalogItem = z.infer<typeof CatalogItem>;

const Catalog = z.object({ version: z.literal(1), next: z.number().int().min(0), transcripts: z.array(CatalogItem) });
type Catalog = z.infer<typeof Catalog>;
const EntriesDocument = z.object({ version: z.literal(1), transcript: z.string(), entries: z.array(CachedEntry) });

/**
 * The local copy of every transcript read so far, per account: a small catalog plus one document of
 * entries per transcript. It outlives Google's 30-day expiry of the transcript itself.
 */
export class TranscriptArchive {
  private catalog: Catalog = { version: 1, next: 0, transcripts: [] };

  constructor(
    private readonly documents: DocumentStoreFactory,
    readonly account: string | null,
  ) {}

  /** `transcript-<kind>[-<key>]-<account namespace>`: the account last, as every per-account document. */
  private name(kind: string, key?: number): string {
    return `transcript-${kind}${key === undefined ? '' : `-${key}`}-${accountNamespace(this.account)}`;
  }

  async load(): Promise<void> {
    const document = this.documents(this.name('catalog'));
    const data = await document.read();
    const parsed = Catalog.safeParse(data);
    if (data !== undefined && !parsed.success) await document.reportDamaged?.('not a transcript catalog');
    this.catalog = parsed.success ? parsed.data : { version: 1, next: 0, transcripts: [] };
  }

  list(): ReadonlyArray<CatalogItem> {
    return this.catalog.transcripts;
  }

  byKey(key: number): CatalogItem | undefined {
    return this.catalog.transcripts.find((item) => item.key === key);
  }

  byName(transcript: string): CatalogItem | undefined {
    return this.catalog.transcripts.find((item) => item.transcript === transcript);
  }

  /** Stores one transcript's entries, then lists it in the catalog; answers its catalog item. */
  async add(meta: Omit<CatalogItem, 'key' | 'entries'>, entries: ReadonlyArray<CachedEntry>): Promise<CatalogItem> {
    const item: CatalogItem = { ...meta, key: this.catalog.next, entries: entries.length };
    await this.documents(this.name('entries', item.key)).write({ version: 1, transcript: meta.transcript, entries });
    this.catalog = { version: 1, next: item.key + 1, transcripts: [...this.catalog.transcripts, item] };
    await this.documents(this.name('catalog')).write(this.catalog);
    return item;
  }

  /** The entries of one cached transcript; undefined when its document is missing or damaged. */
  async entries(item: CatalogItem): Promise<ReadonlyArray<CachedEntry> | undefined> {
    const document = this.documents(this.name('entries', item.key));
    const data = await document.read();
    const parsed = EntriesDocument.safeParse(data);
    if (data !== undefined && !parsed.success) await document.reportDamaged?.('not a transcript');
    return parsed.success && parsed.data.transcript === item.transcript ? parsed.data.entries : undefined;
  }

  /** The index file's name for this account. */
  get indexName(): string {
    return this.name('index');
  }
}
