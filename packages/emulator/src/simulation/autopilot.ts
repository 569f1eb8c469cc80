/**
 * Demo mode: after a space is created, simulated people join over a few seconds, one leaves and
 * comes back, recording and transcription run, and artifacts appear after the conference ends.
 * Steps run on the emulator clock, so advancing the clock plays them at once.
 */
import type { EmulatorClock } from '../clock/emulator-clock';
import { DEMO_ACCOUNTS } from '../demo-accounts';
import type { EmulatorState, StoredConference, StoredSpace } from '../state/emulator-state';
import { newShortId } from '../ids';
import type { StateQueries } from '../state/state-queries';
import type { ConferenceSimulator, JoinRequest } from './conference-simulator';

/** When the invited member who is late walks in. */
export const LATE_MS = 90_000;

/** An unattended conference ends after this long, so its artifacts appear even if nobody ends it. */
export const AUTOPILOT_CONFERENCE_MS = 30 * 60_000;

interface Step {
  readonly afterMs: number;
  run(conference: StoredConference): void;
}

/** Creates the autopilot; `onOwnerJoined` plays a simulated meeting in the space. */
export function createAutopilot(clock: EmulatorClock, queries: StateQueries, simulator: ConferenceSimulator, state: Pick<EmulatorState, 'members'>) {
  const names = new Map<string, string>();
  const participantId = (conference: StoredConference, key: string): string | undefined => names.get(`${conference.id}:${key}`);
  const join = (key: string, request: JoinRequest) => (conference: StoredConference) => {
    names.set(`${conference.id}:${key}`, simulator.join(conference, request).id);
  };
  const act = (key: string, action: 'leave' | 'rejoin') => (conference: StoredConference) => {
    const participant = queries.participant(conference.id, participantId(conference, key) ?? '');
    if (participant !== undefined) simulator[action](participant);
  };

  const script = (space: StoredSpace): Step[] => {
    const others = DEMO_ACCOUNTS.filter((a) => a.email !== space.ownerEmail);
    const guest = others[0];
    const late = others[1];
    return [
      { afterMs: 2_500, run: join('guest-account', { kind: 'signedinUser', ...(guest ? { account: guest.email } : { displayName: 'Grace Hopper' }) }) },
      { afterMs: 3_000, run: (c) => void simulator.startArtifact(c, 'recording') },
      { afterMs: 3_000, run: (c) => void simulator.startArtifact(c, 'transcript') },
      { afterMs: 3_500, run: (c) => void simulator.startArtifact(c, 'smartNote') },
      { afterMs: 4_000, run: join('anonymous', { kind: 'anonymousUser', displayName: 'Guest Kim' }) },
      { afterMs: 5_500, run: join('phone', { kind: 'phoneUser', displayName: '+1 415 555 0142' }) },
      { afterMs: 8_000, run: act('anonymous', 'leave') },
      { afterMs: 12_000, run: act('anonymous', 'rejoin') },
      { afterMs: 20_000, run: act('phone', 'leave') },
      // The live-meeting scenarios in one demo: a member invited at the start comes late, another never.
      { afterMs: LATE_MS, run: (c) => (late ? join('late', { kind: 'signedinUser', account: late.email })(c) : undefined) },
      { afterMs: AUTOPILOT_CONFERENCE_MS, run: (c) => void simulator.end(c) },
    ];
  };

  /** Invites two demo accounts as members: one joins late (the script), one never comes. */
  const inviteLateAndNoShow = (space: StoredSpace): void => {
    const others = DEMO_ACCOUNTS.filter((a) => a.email !== space.ownerEmail).slice(1, 3);
    for (const account of others) {
      if (state.members.some((m) => m.spaceId === space.id && m.email === account.email)) continue;
      state.members.push({ id: newShortId(), spaceId: space.id, email: account.email, role: 'ROLE_UNSPECIFIED', createdAt: clock.now() });
    }
  };

  return {
    /**
     * Plays the demo script once the space's owner joins (the demo meeting page), never on creation:
     * spare spaces made ahead must not start conferences nobody walked into.
     */
    onOwnerJoined(space: StoredSpace): void {
      const running = space.activeConferenceId === undefined ? undefined : queries.conference(space.activeConferenceId);
      if (running !== undefined && running.endTime === undefined) {
        join('owner', { kind: 'signedinUser', account: space.ownerEmail })(running);
        return;
      }
      const conference = simulator.start(space);
      join('owner', { kind: 'signedinUser', account: space.ownerEmail })(conference);
      inviteLateAndNoShow(space);
      const startAt = clock.now();
      for (const step of script(space)) {
        clock.schedule(startAt + step.afterMs, () => {
          const live = queries.conference(conference.id);
          // Every step is best effort: the user may have ended the meeting in between.
          if (live === undefined || live.endTime !== undefined) return;
          try {
            step.run(live);
          } catch {
            // a step that no longer fits (e.g. a recording already running) is skipped
          }
        });
      }
    },

    /** Forgets the simulated people of past meetings (a reset; the clock has dropped their steps). */
    forget(): void {
      names.clear();
    },
  };
}
