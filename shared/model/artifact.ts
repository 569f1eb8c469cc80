import { z } from 'zod';

/** The kinds of artifact a conference can leave behind. */
export const ArtifactKind = z.enum(['recording', 'transcript', 'smartNote']);
export type ArtifactKind = z.infer<typeof ArtifactKind>;

/** Processing state as Google reports it. */
export const ArtifactState = z.enum(['STARTED', 'ENDED', 'FILE_GENERATED']);

/** A recording, transcript or smart note as listed in the recent-recordings menu (from the cache). */
export const Artifact = z.strictObject({
  /** Resource name, e.g. `conferenceRecords/abc/recordings/xyz`. */
  name: z.string().max(400),
  kind: ArtifactKind,
  state: ArtifactState,
  record: z.string().max(300),
  space: z.string().max(200),
  meetingCode: z.string().max(130).optional(),
  startTime: z.string().optional(),
  endTime: z.string().optional(),
  /** Drive or Docs link; present once the file is generated. */
  exportUri: z.string().max(1000).optional(),
});
export type Artifact = z.infer<typeof Artifact>;

/** How a transcript is exported. */
export const TranscriptFormat = z.enum(['markdown', 'text', 'srt']);
export type TranscriptFormat = z.infer<typeof TranscriptFormat>;
