import MiniSearch, { type AsPlainObject } from 'minisearch';
import type { CachedEntry } from '../../../shared/model/transcript-search';

/** What the index stores per entry, so a hit needs no other read: transcript key, position, speaker, offset, text. */
interface IndexedEntry {
  readonly id: string;
  readonly k: number;
  readonly i: number;
  readonly s: string;
  readonly o: number;
  readonly x: string;
}

/** A matched entry, with the index terms it matched (for highlighting). */
export interface IndexHit {
  readonly key: number;
  readonly entry: number;
  readonly speaker: string;
  readonly offsetMs: number;
  readonly text: string;
  readonly terms: ReadonlyArray<string>;
  readonly score: number;
}

// The index options are part of the file format: a file written with other options is rebuilt.
export const INDEX_FORMAT = 'minisearch-7/x/prefix-and';
const OPTIONS = {
  fields: ['x'],
  storeFields: ['k', 'i', 's', 'o', 'x'],
  searchOptions: { prefix: true, combineWith: 'AND' as const },
};

/**
 * The full-text index of cached transcript entries, on MiniSearch (see the README's dependency table
 * for why): every word of every entry, prefix search, all words must match.
 */
export class TranscriptIndex {
  private constructor(private readonly mini: MiniSearch<IndexedEntry>) {}

  static empty(): TranscriptIndex {
    return new TranscriptIndex(new MiniSearch<IndexedEntry>(OPTIONS));
  }

  /** Restores a saved index; throws on a damaged one (the caller rebuilds it from the cached entries). */
  static restore(saved: unknown): TranscriptIndex {
    return new TranscriptIndex(MiniSearch.loadJS<IndexedEntry>(saved as AsPlainObject, OPTIONS));
  }

  get size(): number {
    return this.mini.documentCount;
  }

  /** Adds every entry of one transcript under its catalog key. */
  add(key: number, entries: ReadonlyArray<CachedEntry>): void {
    this.mini.addAll(entries.map((entry, i) => ({ id: `${key}:${i}`, k: key, i, s: entry.speaker, o: entry.offsetMs, x: entry.text })));
  }

  /** The best `limit` matches, best first. */
  search(query: string, limit: number): IndexHit[] {
    return this.mini
      .search(query)
      .slice(0, limit)
      .map((result) => ({
        key: result.k as number,
        entry: result.i as number,
        speaker: result.s as string,
        offsetMs: result.o as number,
        text: result.x as string,
        terms: result.terms,
        score: result.score,
      }));
  }

  /** A plain object for the index file (MiniSearch's own serialisation). */
  toJSON(): AsPlainObject {
    return this.mini.toJSON();
  }
}
