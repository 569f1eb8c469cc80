import { z } from 'zod';
import { Recap } from '../../../shared/model/recap';
import type { DocumentStore } from '../ports/document-store';
import { compareRfc3339 } from '../../../shared/time/rfc3339';

/** The document that keeps recaps in the app-data folder (one per account). */
export const RECAPS_DOCUMENT = 'recaps';

/** Recaps kept; older ones drop off. */
export const MAX_RECAPS = 200;

const CURRENT_VERSION = 1;

/**
 * Migrations from each older document version to the next, by the version they read. Version 1 is the
 * first; a later change to the recap shape adds `1: (doc) => …` here and bumps CURRENT_VERSION.
 */
const MIGRATIONS: Readonly<Record<number, (document: { readonly recaps: ReadonlyArray<unknown> }) => { readonly recaps: ReadonlyArray<unknown> }>> = {};

const Envelope = z.object({ version: z.number().int().min(1), recaps: z.array(z.unknown()) });

/** What loading found: the recaps kept, and whether the file had to be set aside. */
export interface RecapLoad {
  readonly recaps: ReadonlyArray<Recap>;
  readonly damaged?: string;
}

/**
 * Reads a recaps document of any known version: migrates it, keeps every recap that still parses, and
 * says when something was dropped (the caller then sets the file aside first, so nothing is lost).
 */
export function readRecaps(data: unknown): RecapLoad {
  if (data === undefined) return { recaps: [] };
  const envelope = Envelope.safeParse(data);
  if (!envelope.success) return { recaps: [], damaged: 'not a list of recaps' };
  if (envelope.data.version > CURRENT_VERSION) return { recaps: [], damaged: `written by a newer Quickmeet (version ${envelope.data.version})` };
  let document: { readonly recaps: ReadonlyArray<unknown> } = envelope.data;
  for (let version = envelope.data.version; version < CURRENT_VERSION; version += 1) document = MIGRATIONS[version]!(document);
  const recaps = document.recaps.flatMap((item) => {
    const parsed = Recap.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
  const dropped = document.recaps.length - recaps.length;
  return dropped > 0 ? { recaps, damaged: `${dropped} damaged recap${dropped === 1 ? '' : 's'}` } : { recaps };
}

/** Recaps of ended conferences, newest first, persisted through the core's document policy (atomic writes). */
export class RecapStore {
  private recaps: ReadonlyArray<Recap> = [];

  constructor(private readonly store: DocumentStore) {}

  /** Loads the document; a damaged one is set aside (kept as `<file>.corrupt-<time>`) before anything overwrites it. */
  async load(): Promise<void> {
    this.recaps = [];
    const loaded = readRecaps(await this.store.read());
    if (loaded.damaged) await this.store.reportDamaged?.(loaded.damaged);
    this.recaps = loaded.recaps;
  }

  list(): ReadonlyArray<Recap> {
    return this.recaps;
  }

  get(record: string): Recap | undefined {
    return this.recaps.find((recap) => recap.record === record);
  }

  /** Adds or replaces the recap of one conference and writes the document. */
  async put(recap: Recap): Promise<void> {
    const others = this.recaps.filter((existing) => existing.record !== recap.record);
    this.recaps = [...others, recap].sort((a, b) => compareRfc3339(b.startTime, a.startTime)).slice(0, MAX_RECAPS);
    await this.store.write({ version: CURRENT_VERSION, recaps: this.recaps });
  }
}
