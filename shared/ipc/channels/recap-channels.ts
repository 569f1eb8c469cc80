import { z } from 'zod';
import { INPUT_LIMITS } from '../../model/input-limits';
import { Recap } from '../../model/recap';
import { CachedTranscript, TranscriptHit } from '../../model/transcript-search';
import { request } from '../define';
import { noArgs, resourceName } from '../limits';
import { conferenceRecordName } from './conference-channels';

/** A transcript of a conference: `conferenceRecords/<id>/transcripts/<id>`. */
const transcriptName = () =>
  resourceName().regex(/^conferenceRecords\/[\w-]+\/transcripts\/[\w-]+$/, 'expected a transcript name (conferenceRecords/<id>/transcripts/<id>)');

/** After the call: recaps of ended conferences, and search over the locally cached transcripts. */
export const recapRequests = {
  /** Every kept recap, newest first. */
  'recap.list': request(noArgs, z.array(Recap).readonly()),
  /** Copies one recap as Markdown; answers the text copied. */
  'recap.copy': request(z.strictObject({ record: conferenceRecordName() }), z.strictObject({ copiedText: z.string() })),
  /** Full-text search over cached transcript entries, best first. */
  'transcripts.search': request(
    z.strictObject({ query: z.string().max(INPUT_LIMITS.searchQuery), limit: z.number().int().min(1).max(100).optional() }),
    z.array(TranscriptHit).readonly(),
  ),
  /** One cached transcript with every entry, from the local copy. */
  'transcripts.read': request(z.strictObject({ name: transcriptName() }), CachedTranscript),
} as const;

/** A recap was written or completed (a file link, talk time). */
export const recapEvents = {
  'recap.changed': Recap,
} as const;
