/** Renders stored resources as Meet v2 JSON (proto3 mapping: defaults omitted, RFC 3339 UTC times). */
import { omitDefaults, timestamp } from '../http/proto-json';
import type { StoredArtifact, StoredConference, StoredMember, StoredParticipant, StoredSession, StoredSpace, StoredTranscriptEntry } from '../state/emulator-state';
import { RECORD_RETENTION_MS } from '../state/state-queries';

/** The API surface a request came in on. */
export type ApiVersion = 'v2' | 'v2beta';

/**
 * Dial-in numbers for a space, as Google lists them for the regions it serves: fictional numbers
 * (the US 555-01xx range, Ofcom's drama range in London) and a PIN derived from the meeting code,
 * so the same space always shows the same PIN.
 */
export function phoneAccessJson(meetingCode: string): ReadonlyArray<Record<string, string>> {
  let hash = 2166136261;
  for (const char of meetingCode) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  const pin = String(hash).padStart(10, '0').slice(0, 10) + String(hash % 10);
  return [
    { phoneNumber: `+1202555${String(100 + (hash % 100)).padStart(4, '0')}`, pin, regionCode: 'US', languageCode: 'en-US' },
    { phoneNumber: `+4420794600${String(hash % 100).padStart(2, '0')}`, pin, regionCode: 'GB', languageCode: 'en-GB' },
  ];
}

/** A space, with `config` and `activeConference` only for callers allowed to see them. */
export function spaceJson(space: StoredSpace, show: { config: boolean; activeConference: boolean }): Record<string, unknown> {
  const config = space.config;
  return omitDefaults({
    name: `spaces/${space.id}`,
    meetingUri: `https://meet.google.com/${space.meetingCode}`,
    meetingCode: space.meetingCode,
    config: show.config
      ? {
          ...config,
          // Restrictions only apply (and are shown) while moderation is on.
          moderationRestrictions: config.moderation === 'ON' ? config.moderationRestrictions : undefined,
        }
      : undefined,
    activeConference:
      show.activeConference && space.activeConferenceId !== undefined ? { conferenceRecord: `conferenceRecords/${space.activeConferenceId}` } : undefined,
    phoneAccess: phoneAccessJson(space.meetingCode),
  });
}

/** A member; `user` exists only on v2beta. */
export function memberJson(member: StoredMember, version: ApiVersion, user: string | undefined): Record<string, unknown> {
  return omitDefaults({
    name: `spaces/${member.spaceId}/members/${member.id}`,
    email: member.email,
    role: member.role === 'ROLE_UNSPECIFIED' ? undefined : member.role,
    user: version === 'v2beta' ? user : undefined,
  });
}

/** A conference record; `endTime` and `expireTime` only once it has ended. */
export const conferenceJson = (conference: StoredConference): Record<string, unknown> =>
  omitDefaults({
    name: `conferenceRecords/${conference.id}`,
    startTime: timestamp(conference.startTime),
    endTime: timestamp(conference.endTime),
    expireTime: timestamp(conference.endTime === undefined ? undefined : conference.endTime + RECORD_RETENTION_MS),
    space: `spaces/${conference.spaceId}`,
  });

/** The earliest start and, when nobody's session is open, the latest end of a participant. */
export function participantTimes(participant: StoredParticipant): { earliestStartTime: number; latestEndTime?: number } {
  const earliestStartTime = Math.min(...participant.sessions.map((s) => s.startTime));
  const open = participant.sessions.some((s) => s.endTime === undefined);
  return open ? { earliestStartTime } : { earliestStartTime, latestEndTime: Math.max(...participant.sessions.map((s) => s.endTime ?? 0)) };
}

/** A participant: exactly one of signedinUser, anonymousUser, phoneUser. */
export function participantJson(participant: StoredParticipant): Record<string, unknown> {
  const times = participantTimes(participant);
  const identity =
    participant.kind === 'signedinUser'
      ? { signedinUser: { user: participant.user, displayName: participant.displayName } }
      : { [participant.kind]: { displayName: participant.displayName } };
  return omitDefaults({
    name: `conferenceRecords/${participant.conferenceId}/participants/${participant.id}`,
    ...identity,
    earliestStartTime: timestamp(times.earliestStartTime),
    latestEndTime: timestamp(times.latestEndTime),
  });
}

/** A participant session. */
export const sessionJson = (participant: StoredParticipant, session: StoredSession): Record<string, unknown> =>
  omitDefaults({
    name: `conferenceRecords/${participant.conferenceId}/participants/${participant.id}/participantSessions/${session.id}`,
    startTime: timestamp(session.startTime),
    endTime: timestamp(session.endTime),
  });

/** The state an artifact is in at `now`. */
export function artifactState(artifact: StoredArtifact, now: number): 'STARTED' | 'ENDED' | 'FILE_GENERATED' {
  if (artifact.endTime === undefined) return 'STARTED';
  return artifact.fileReadyAt !== undefined && artifact.fileReadyAt <= now ? 'FILE_GENERATED' : 'ENDED';
}

const COLLECTION = { recording: 'recordings', transcript: 'transcripts', smartNote: 'smartNotes' } as const;

/** A recording, transcript or smart note; the Drive or Docs destination only once the file exists. */
export function artifactJson(artifact: StoredArtifact, now: number): Record<string, unknown> {
  const state = artifactState(artifact, now);
  const ready = state === 'FILE_GENERATED';
  const destination =
    artifact.type === 'recording'
      ? { driveDestination: ready ? { file: artifact.fileId, exportUri: `https://drive.google.com/file/d/${artifact.fileId}/view` } : undefined }
      : { docsDestination: ready ? { document: artifact.fileId, exportUri: `https://docs.google.com/document/d/${artifact.fileId}/view` } : undefined };
  return omitDefaults({
    name: `conferenceRecords/${artifact.conferenceId}/${COLLECTION[artifact.type]}/${artifact.id}`,
    state,
    startTime: timestamp(artifact.startTime),
    endTime: timestamp(artifact.endTime),
    ...destination,
  });
}

/** A transcript entry. */
export const entryJson = (conferenceId: string, entry: StoredTranscriptEntry): Record<string, unknown> =>
  omitDefaults({
    name: `conferenceRecords/${conferenceId}/transcripts/${entry.transcriptId}/entries/${entry.id}`,
    participant: `conferenceRecords/${conferenceId}/participants/${entry.participantId}`,
    text: entry.text,
    languageCode: entry.languageCode,
    startTime: timestamp(entry.startTime),
    endTime: timestamp(entry.endTime),
  });
