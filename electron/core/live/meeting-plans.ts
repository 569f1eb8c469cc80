import { z } from 'zod';
import { ExpectedEntry } from '../../../shared/model/live-meeting';
import { MAX_EXPECTED_PEOPLE, MAX_MEETING_MINUTES } from '../../../shared/model/input-limits';
import { entryListDocument, type EntryListDocument } from '../app/entry-list-document';
import type { DocumentStore } from '../ports/document-store';

/** The document (per account) with the plans of single meetings. */
export const MEETING_PLANS_DOCUMENT = 'meeting-plans';

/** One meeting's own length and expected people, which win over its preset's. */
export const MeetingPlan = z.strictObject({
  space: z.string().min(1).max(200),
  lengthMinutes: z.number().int().min(1).max(MAX_MEETING_MINUTES).optional(),
  expected: z.array(ExpectedEntry).max(MAX_EXPECTED_PEOPLE).readonly().optional(),
});
export type MeetingPlan = z.infer<typeof MeetingPlan>;

/** Plans of single meetings, kept beside the registry (whose entries an older Quickmeet must still read). */
export const meetingPlans = (store: DocumentStore): EntryListDocument<MeetingPlan> =>
  entryListDocument(store, MeetingPlan, (plan) => plan.space);
