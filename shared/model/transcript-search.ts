import { z } from 'zod';

/** A piece of a snippet: matched words are `hit`, so the window can mark them without any HTML. */
export const SnippetPart = z.strictObject({ text: z.string().max(1_000), hit: z.boolean() });
export type SnippetPart = z.infer<typeof SnippetPart>;

/** One transcript entry that matched a search. */
export const TranscriptHit = z.strictObject({
  /** The transcript, `conferenceRecords/<id>/transcripts/<id>`. */
  transcript: z.string().max(400),
  record: z.string().max(300),
  meetingCode: z.string().max(130).optional(),
  /** When the conference started (RFC 3339). */
  startTime: z.string().max(40),
  /** Position of the entry in its transcript, from 0. */
  entry: z.number().int().min(0),
  speaker: z.string().max(300),
  /** Milliseconds from the transcript's start to the entry. */
  offsetMs: z.number().int().min(0),
  snippet: z.array(SnippetPart).max(200).readonly(),
  score: z.number(),
});
export type TranscriptHit = z.infer<typeof TranscriptHit>;

/** One cached utterance as the transcript view shows it. */
export const CachedEntry = z.strictObject({
  speaker: z.string().max(300),
  text: z.string().max(20_000),
  offsetMs: z.number().int().min(0),
  durationMs: z.number().int().min(0),
});
export type CachedEntry = z.infer<typeof CachedEntry>;

/** A cached transcript with all its entries, read from the local copy (it outlives Google's 30 days). */
export const CachedTranscript = z.strictObject({
  transcript: z.string().max(400),
  record: z.string().max(300),
  meetingCode: z.string().max(130).optional(),
  startTime: z.string().max(40),
  entries: z.array(CachedEntry).max(100_000).readonly(),
});
export type CachedTranscript = z.infer<typeof CachedTranscript>;
