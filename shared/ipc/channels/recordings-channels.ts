import { z } from 'zod';
import { Artifact, TranscriptFormat } from '../../model/artifact';
import { request } from '../define';
import { noArgs, resourceName } from '../limits';

/** Recent recordings, transcripts and smart notes, served from the local cache. */
export const recordingsRequests = {
  'recordings.list': request(noArgs, z.array(Artifact).readonly()),
  'recordings.open': request(z.strictObject({ name: resourceName() }), z.null()),
  'transcripts.export': request(
    z.strictObject({ name: resourceName(), format: TranscriptFormat, copy: z.boolean().optional() }),
    z.strictObject({ copiedText: z.string().optional(), filePath: z.string().optional() }),
  ),
} as const;

/** Cache pushes. */
export const recordingsEvents = {
  'recordings.changed': z.array(Artifact).readonly(),
} as const;
