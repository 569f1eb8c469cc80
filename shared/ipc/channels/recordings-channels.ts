import { z } from 'zod';
import { Artifact, TranscriptFormat } from '../../model/artifact';
import { request } from '../define';
import { noArgs, resourceName } from '../limits';

/** A recording, transcript or smart note of a conference: `conferenceRecords/<id>/<collection>/<id>`. */
export const artifactName = () =>
  resourceName().regex(
    /^conferenceRecords\/[\w-]+\/(recordings|transcripts|smartNotes)\/[\w-]+$/,
    'expected a recording, transcript or smart note name (conferenceRecords/<id>/recordings/<id>)',
  );

/** Recent recordings, transcripts and smart notes, served from the local cache. */
export const recordingsRequests = {
  'recordings.list': request(noArgs, z.array(Artifact).readonly()),
  'recordings.open': request(z.strictObject({ name: artifactName() }), z.null()),
  'transcripts.export': request(
    z.strictObject({ name: artifactName(), format: TranscriptFormat, copy: z.boolean().optional() }),
    z.strictObject({ copiedText: z.string().optional(), filePath: z.string().optional() }),
  ),
} as const;

/** Cache pushes. */
export const recordingsEvents = {
  'recordings.changed': z.array(Artifact).readonly(),
} as const;
