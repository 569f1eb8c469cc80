import type { Artifact, ArtifactKind } from '../../../shared/model/artifact';
import { listAllPages } from '../paging/list-all-pages';
import type { MeetApi, MeetDocArtifact, MeetRecording } from '../ports/meet-api';
import type { CachedRecord } from './recordings-cache';

/** Maps one Google artifact to the cache's shape, keeping the space and code of its conference. */
function toArtifact(kind: ArtifactKind, item: MeetRecording | MeetDocArtifact, record: CachedRecord): Artifact {
  const exportUri = 'driveDestination' in item ? item.driveDestination?.exportUri : (item as MeetDocArtifact).docsDestination?.exportUri;
  return {
    name: item.name,
    kind,
    state: item.state,
    record: record.name,
    space: record.space,
    ...(record.meetingCode ? { meetingCode: record.meetingCode } : {}),
    ...(item.startTime ? { startTime: item.startTime } : { startTime: record.startTime }),
    ...(item.endTime ? { endTime: item.endTime } : {}),
    ...(exportUri ? { exportUri } : {}),
  };
}

/** Recordings, transcripts and smart notes of one conference (three lists, every page). */
export async function listArtifacts(meet: MeetApi, record: CachedRecord): Promise<Artifact[]> {
  const page = (pageToken: string | undefined) => ({ pageSize: 100, ...(pageToken ? { pageToken } : {}) });
  const [recordings, transcripts, smartNotes] = await Promise.all([
    listAllPages((token) => meet.listRecordings(record.name, page(token))),
    listAllPages((token) => meet.listTranscripts(record.name, page(token))),
    listAllPages((token) => meet.listSmartNotes(record.name, page(token))),
  ]);
  return [
    ...recordings.map((item) => toArtifact('recording', item, record)),
    ...transcripts.map((item) => toArtifact('transcript', item, record)),
    ...smartNotes.map((item) => toArtifact('smartNote', item, record)),
  ];
}
