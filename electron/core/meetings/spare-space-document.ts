import { z } from 'zod';
import { CohostFailure, Meeting } from '../../../shared/model/meeting';
import type { DocumentStore } from '../ports/document-store';

/** Spares older than this are forgotten: Google expires codes of long-unused spaces. */
const MAX_SPARE_AGE_MS = 30 * 24 * 3600_000;

/** One pre-created, never handed out space, tied to the account and preset spec it was made with. */
export const SpareSpace = z.strictObject({
  account: z.string().max(320),
  presetId: z.string().max(100),
  /** presetSpecKey() of the preset when the space was made. */
  specKey: z.string().max(20_000),
  meeting: Meeting,
  cohostFailures: z.array(CohostFailure).readonly(),
});
export type SpareSpace = z.infer<typeof SpareSpace>;

const SpareDocument = z.strictObject({ version: z.literal(1), spares: z.array(z.unknown()) });

/** Reads the persisted spares, dropping invalid and stale entries. */
export async function readSpares(store: DocumentStore, now: number): Promise<SpareSpace[]> {
  const parsed = SpareDocument.safeParse(await store.read());
  if (!parsed.success) return [];
  return parsed.data.spares.flatMap((entry) => {
    const spare = SpareSpace.safeParse(entry);
    if (!spare.success) return [];
    const age = now - Date.parse(spare.data.meeting.createdAt);
    return Number.isFinite(age) && age < MAX_SPARE_AGE_MS ? [spare.data] : [];
  });
}

/** Writes the spares document. */
export function writeSpares(store: DocumentStore, spares: ReadonlyArray<SpareSpace>): Promise<void> {
  return store.write({ version: 1, spares });
}
