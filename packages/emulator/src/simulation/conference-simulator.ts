/**
 * What happens inside a meeting: conferences start and end, people join and leave (with a session
 * per join), and recordings, transcripts and smart notes move STARTED → ENDED → FILE_GENERATED.
 */
import type { EmulatorClock } from '../clock/emulator-clock';
import { findAccount } from '../demo-accounts';
import { newFileId, newLongId, newShortId, newUserNumber } from '../ids';
import type { ArtifactType, EmulatorState, ParticipantKind, StoredArtifact, StoredConference, StoredParticipant, StoredSession, StoredSpace } from '../state/emulator-state';
import type { MeetEventType } from '../workspaceevents/event-types';
import type { StateQueries } from '../state/state-queries';
import { TRANSCRIPT_LINES } from './transcript-lines';

/** Who joins: a kind, a display name, and optionally the demo account a signed-in user is. */
export interface JoinRequest {
  readonly kind: ParticipantKind;
  readonly displayName?: string;
  readonly account?: string;
}

/** Thrown when a simulation step does not fit the current state (the control API answers 400). */
export class SimulationError extends Error {}

/** Masks a dial-in number as Google shows it: `+1 ***-***-**12`. */
export function maskPhoneNumber(text: string): string {
  const digits = text.replace(/\D/g, '');
  if (text.includes('*') || digits.length < 6) return text;
  const country = text.trim().startsWith('+') ? `+${digits.slice(0, digits.length > 10 ? digits.length - 10 : 1)} ` : '';
  return `${country}***-***-**${digits.slice(-2)}`;
}

/** Where the simulator reports what happened, as Meet event types (Workspace Events delivers them). */
export interface MeetEventSink {
  meetEvent(type: MeetEventType, space: StoredSpace, name: string): void;
}

/** Creates the simulator; `processingMs` is how long a file takes to generate after its artifact ends. */
export function createConferenceSimulator(deps: {
  state: EmulatorState;
  clock: EmulatorClock;
  queries: StateQueries;
  processingMs: () => number;
  changed: () => void;
  events?: MeetEventSink;
}) {
  const { state, clock, queries, changed } = deps;
  const userNumbers = new Map<string, string>();
  const announcedFiles = new Set<string>();

  const emit = (conference: StoredConference, type: MeetEventType, name: string): void => {
    const space = queries.spaceById(conference.spaceId);
    if (space !== undefined) deps.events?.meetEvent(type, space, name);
  };
  const artifactName = (a: StoredArtifact): string => `conferenceRecords/${a.conferenceId}/${a.type}s/${a.id}`;
  const artifactEvent = (a: StoredArtifact, action: 'started' | 'ended' | 'fileGenerated'): void => {
    const conference = queries.conference(a.conferenceId);
    if (conference !== undefined) emit(conference, `google.workspace.meet.${a.type}.v2.${action}`, artifactName(a));
  };
  const sessionName = (p: StoredParticipant, session: StoredSession): string => `conferenceRecords/${p.conferenceId}/participants/${p.id}/participantSessions/${session.id}`;
  const sessionEvent = (p: StoredParticipant, session: StoredSession, action: 'joined' | 'left'): void => {
    const conference = queries.conference(p.conferenceId);
    if (conference !== undefined) emit(conference, `google.workspace.meet.participant.v2.${action}`, sessionName(p, session));
  };
  /** `fileGenerated` goes out once, when the clock reaches the artifact's `fileReadyAt`. */
  const announceFileWhenReady = (a: StoredArtifact): void => {
    if (a.fileReadyAt === undefined || announcedFiles.has(a.id)) return;
    clock.schedule(a.fileReadyAt, () => {
      if (announcedFiles.has(a.id) || a.fileReadyAt === undefined || a.fileReadyAt > clock.now()) return;
      announcedFiles.add(a.id);
      artifactEvent(a, 'fileGenerated');
    });
  };

  const addArtifact = (conference: StoredConference, type: ArtifactType, startTime: number): StoredArtifact => {
    const artifact: StoredArtifact = { id: newShortId(), conferenceId: conference.id, type, startTime, fileId: newFileId() };
    state.artifacts.push(artifact);
    artifactEvent(artifact, 'started');
    return artifact;
  };

  const finishArtifact = (artifact: StoredArtifact, endTime: number, fileReadyAt: number): void => {
    artifact.endTime = endTime;
    artifact.fileReadyAt = fileReadyAt;
    if (artifact.type === 'transcript') writeTranscriptEntries(artifact);
    artifactEvent(artifact, 'ended');
    announceFileWhenReady(artifact);
  };

  // Entries cycle through the sample lines, spoken by whoever was in the call, oldest first. Each line
  // fills part of its slot, most for the first to join and less for each later one, so speakers'
  // talk times differ as in a real meeting (0.9, 0.6, 0.45 … of a slot).
  const writeTranscriptEntries = (transcript: StoredArtifact): void => {
    const speakers = queries.participantsOf(transcript.conferenceId);
    if (speakers.length === 0) return;
    const span = Math.max(1000, (transcript.endTime ?? clock.now()) - transcript.startTime);
    const count = Math.min(TRANSCRIPT_LINES.length, Math.max(2, speakers.length * 2));
    const slot = Math.floor(span / count);
    for (let i = 0; i < count; i += 1) {
      const start = transcript.startTime + Math.floor((span * i) / count);
      const speaker = i % speakers.length;
      state.transcriptEntries.push({
        id: newShortId(),
        transcriptId: transcript.id,
        participantId: speakers[speaker]!.id,
        text: TRANSCRIPT_LINES[i]!,
        languageCode: 'en-US',
        startTime: start,
        endTime: start + Math.max(1, Math.floor((slot * 0.9) / (1 + speaker * 0.5))),
      });
    }
  };

  const userFor = (request: JoinRequest): { user?: string; accountEmail?: string; displayName: string } => {
    const account = request.account === undefined ? undefined : findAccount(request.account);
    if (request.account !== undefined && account === undefined) throw new SimulationError(`${request.account} is not a demo account.`);
    if (request.kind !== 'signedinUser') {
      if (account !== undefined) throw new SimulationError('Only signed-in users have an account.');
      const name = request.displayName ?? (request.kind === 'phoneUser' ? '+1 555 010 0000' : 'Guest');
      return { displayName: request.kind === 'phoneUser' ? maskPhoneNumber(name) : name };
    }
    if (account !== undefined) return { user: account.user, accountEmail: account.email, displayName: request.displayName ?? account.name };
    const displayName = request.displayName ?? 'Signed-in user';
    const number = userNumbers.get(displayName) ?? newUserNumber();
    userNumbers.set(displayName, number);
    return { user: `users/${number}`, displayName };
  };

  const openSession = (participant: StoredParticipant): void => {
    const session = { id: newShortId(), startTime: clock.now() };
    participant.sessions.push(session);
    participant.joinSeq = state.seq++;
    sessionEvent(participant, session, 'joined');
  };

  return {
    /** After a start from a state file: files still being generated announce themselves when ready. */
    resumeFileEvents(): void {
      for (const artifact of state.artifacts) if ((artifact.fileReadyAt ?? 0) > clock.now()) announceFileWhenReady(artifact);
    },

    /** Starts a conference in a space; auto-artifacts switched on in its config start recording now. */
    start(space: StoredSpace): StoredConference {
      if (space.activeConferenceId !== undefined) throw new SimulationError(`spaces/${space.id} already has an active conference.`);
      const conference: StoredConference = { id: newLongId(), spaceId: space.id, startTime: clock.now() };
      state.conferences.push(conference);
      space.activeConferenceId = conference.id;
      emit(conference, 'google.workspace.meet.conference.v2.started', `conferenceRecords/${conference.id}`);
      const auto = space.config.artifactConfig;
      if (auto.recordingConfig.autoRecordingGeneration === 'ON') addArtifact(conference, 'recording', conference.startTime);
      if (auto.transcriptionConfig.autoTranscriptionGeneration === 'ON') addArtifact(conference, 'transcript', conference.startTime);
      if (auto.smartNotesConfig.autoSmartNotesGeneration === 'ON') addArtifact(conference, 'smartNote', conference.startTime);
      changed();
      return conference;
    },

    /** A person joins: the same identity (account, or kind + name) rejoining gets a new session. */
    join(conference: StoredConference, request: JoinRequest): StoredParticipant {
      if (conference.endTime !== undefined) throw new SimulationError('The conference has ended.');
      const identity = userFor(request);
      const existing = queries
        .participantsOf(conference.id)
        .find((p) => p.kind === request.kind && (identity.user !== undefined ? p.user === identity.user : p.displayName === identity.displayName));
      const participant: StoredParticipant = existing ?? {
        id: newShortId(),
        conferenceId: conference.id,
        kind: request.kind,
        displayName: identity.displayName,
        ...(identity.user === undefined ? {} : { user: identity.user }),
        ...(identity.accountEmail === undefined ? {} : { accountEmail: identity.accountEmail }),
        joinSeq: 0,
        sessions: [],
      };
      if (existing === undefined) state.participants.push(participant);
      openSession(participant);
      changed();
      return participant;
    },

    /** A participant who left comes back (a new session). */
    rejoin(participant: StoredParticipant): StoredParticipant {
      const conference = queries.conference(participant.conferenceId);
      if (conference === undefined || conference.endTime !== undefined) throw new SimulationError('The conference has ended.');
      openSession(participant);
      changed();
      return participant;
    },

    /** A participant leaves: every open session closes. */
    leave(participant: StoredParticipant): StoredParticipant {
      const open = participant.sessions.filter((s) => s.endTime === undefined);
      if (open.length === 0) throw new SimulationError('The participant is not in the conference.');
      for (const session of open) {
        session.endTime = clock.now();
        sessionEvent(participant, session, 'left');
      }
      changed();
      return participant;
    },

    /** Starts an artifact in a running conference (a recording, transcription or note-taking session). */
    startArtifact(conference: StoredConference, type: ArtifactType): StoredArtifact {
      if (conference.endTime !== undefined) throw new SimulationError('The conference has ended.');
      if (queries.artifactsOf(conference.id, type).some((a) => a.endTime === undefined)) throw new SimulationError(`A ${type} is already running.`);
      const artifact = addArtifact(conference, type, clock.now());
      changed();
      return artifact;
    },

    /** Stops a running artifact; its file is generated after the processing delay. */
    stopArtifact(artifact: StoredArtifact): StoredArtifact {
      if (artifact.endTime !== undefined) throw new SimulationError('The artifact has already ended.');
      finishArtifact(artifact, clock.now(), clock.now() + deps.processingMs());
      changed();
      return artifact;
    },

    /**
     * Ends a conference: sessions close, the space loses `activeConference`, running artifacts end,
     * and each requested artifact type that did not run is added as if it had run all along.
     */
    end(conference: StoredConference, options: { artifacts?: ReadonlyArray<ArtifactType>; generateNow?: boolean } = {}): StoredConference {
      if (conference.endTime !== undefined) throw new SimulationError('The conference has already ended.');
      const now = clock.now();
      for (const participant of queries.participantsOf(conference.id)) {
        for (const session of participant.sessions.filter((s) => s.endTime === undefined)) {
          session.endTime = now;
          sessionEvent(participant, session, 'left');
        }
      }
      const space = queries.spaceById(conference.spaceId);
      if (space?.activeConferenceId === conference.id) delete space.activeConferenceId;
      for (const type of options.artifacts ?? []) if (queries.artifactsOf(conference.id, type).length === 0) addArtifact(conference, type, conference.startTime);
      const readyAt = options.generateNow === true ? now : now + deps.processingMs();
      for (const artifact of state.artifacts.filter((a) => a.conferenceId === conference.id)) {
        if (artifact.endTime === undefined) finishArtifact(artifact, now, readyAt);
        else if (options.generateNow === true && (artifact.fileReadyAt ?? 0) > now) {
          artifact.fileReadyAt = now;
          announceFileWhenReady(artifact);
        }
      }
      conference.endTime = now;
      emit(conference, 'google.workspace.meet.conference.v2.ended', `conferenceRecords/${conference.id}`);
      changed();
      return conference;
    },

    /** Forgets the user ids handed to signed-in people who are not demo accounts (a reset). */
    forget(): void {
      userNumbers.clear();
    },
  };
}

/** The simulator's interface. */
export type ConferenceSimulator = ReturnType<typeof createConferenceSimulator>;
