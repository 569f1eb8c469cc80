/** Lookups over the state that every module shares; expired conference records are invisible. */
import type { EmulatorClock } from '../clock/emulator-clock';
import type { ArtifactType, EmulatorState, StoredArtifact, StoredConference, StoredParticipant, StoredSpace } from './emulator-state';

/** Conference records (and all their children) disappear this long after the conference ends. */
export const RECORD_RETENTION_MS = 30 * 24 * 3600_000;

/** Creates the lookups for one state and clock. */
export function createStateQueries(state: EmulatorState, clock: EmulatorClock) {
  const isLive = (conference: StoredConference): boolean =>
    conference.endTime === undefined || conference.endTime + RECORD_RETENTION_MS > clock.now();

  return {
    /** A space by id (case-sensitive). */
    spaceById: (id: string): StoredSpace | undefined => state.spaces.find((s) => s.id === id),

    /** A space by id, or by meeting code in any case (the alias spaces.get accepts). */
    spaceByIdOrCode(idOrCode: string): StoredSpace | undefined {
      const code = idOrCode.toLowerCase();
      return state.spaces.find((s) => s.id === idOrCode) ?? state.spaces.find((s) => s.meetingCode === code);
    },

    /** A conference record that has not expired. */
    conference(id: string): StoredConference | undefined {
      const found = state.conferences.find((c) => c.id === id);
      return found !== undefined && isLive(found) ? found : undefined;
    },

    /** Every conference record that has not expired. */
    liveConferences: (): StoredConference[] => state.conferences.filter(isLive),

    /** Participants of one conference. */
    participantsOf: (conferenceId: string): StoredParticipant[] => state.participants.filter((p) => p.conferenceId === conferenceId),

    /** One participant of one conference. */
    participant: (conferenceId: string, id: string): StoredParticipant | undefined =>
      state.participants.find((p) => p.conferenceId === conferenceId && p.id === id),

    /** Artifacts of one type in one conference. */
    artifactsOf: (conferenceId: string, type: ArtifactType): StoredArtifact[] =>
      state.artifacts.filter((a) => a.conferenceId === conferenceId && a.type === type),

    /** Whether an account took part in any live conference of a space. */
    tookPart(email: string, spaceId: string, conferenceId?: string): boolean {
      const conferences = new Set(
        state.conferences.filter((c) => c.spaceId === spaceId && isLive(c) && (conferenceId === undefined || c.id === conferenceId)).map((c) => c.id),
      );
      return state.participants.some((p) => p.accountEmail === email && conferences.has(p.conferenceId));
    },

    /** Deletes expired conference records and everything under them. Returns true when anything went. */
    purgeExpired(): boolean {
      const expired = new Set(state.conferences.filter((c) => !isLive(c)).map((c) => c.id));
      if (expired.size === 0) return false;
      const transcripts = new Set(state.artifacts.filter((a) => expired.has(a.conferenceId)).map((a) => a.id));
      state.conferences = state.conferences.filter((c) => !expired.has(c.id));
      state.participants = state.participants.filter((p) => !expired.has(p.conferenceId));
      state.artifacts = state.artifacts.filter((a) => !expired.has(a.conferenceId));
      state.transcriptEntries = state.transcriptEntries.filter((e) => !transcripts.has(e.transcriptId));
      return true;
    },
  };
}

/** The lookups' interface. */
export type StateQueries = ReturnType<typeof createStateQueries>;
