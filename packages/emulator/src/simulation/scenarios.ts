/**
 * Named scenarios a test or a demo plays in one space through the control API: the situations the
 * app's live-meeting features react to (someone late, someone who never comes, someone waiting in a
 * personal room, a recording running). Each starts the space's conference if none runs; later steps
 * run on the emulator clock, so `clock:advance` plays them at once.
 */
import { DEMO_ACCOUNTS } from '../demo-accounts';
import type { EmulatorContext } from '../emulator-context';
import { newShortId } from '../ids';
import type { StoredConference, StoredSpace } from '../state/emulator-state';

/** The scenario names the control API accepts. */
export const SCENARIOS = ['late-joiner', 'no-show', 'waiting-in-room', 'recording-in-progress'] as const;
export type Scenario = (typeof SCENARIOS)[number];

/** How late the late joiner is. */
export const LATE_JOINER_AFTER_MS = 5 * 60_000;

/** What a scenario did now and what it scheduled, for the caller to wait on. */
export interface PlayedScenario {
  readonly conference: StoredConference;
  readonly steps: ReadonlyArray<{ readonly at: number; readonly what: string }>;
}

/** Demo accounts other than the owner, in order (the first two are the "others" of every scenario). */
const othersOf = (space: StoredSpace) => DEMO_ACCOUNTS.filter((account) => account.email !== space.ownerEmail);

/** Plays `scenario` in `space`; a space without a running conference gets one. */
export function playScenario(emu: EmulatorContext, space: StoredSpace, scenario: Scenario): PlayedScenario {
  const running = space.activeConferenceId === undefined ? undefined : emu.queries.conference(space.activeConferenceId);
  const conference = running !== undefined && running.endTime === undefined ? running : emu.simulator.start(space);
  const now = emu.clock.now();
  const steps: Array<{ at: number; what: string }> = [];
  const [first, second] = othersOf(space);
  const joinOwner = () => {
    // An owner already in the call (an earlier scenario) stays in the one session.
    const inCall = emu.queries
      .participantsOf(conference.id)
      .some((p) => p.accountEmail === space.ownerEmail && p.sessions.some((s) => s.endTime === undefined));
    if (inCall) return;
    emu.simulator.join(conference, { kind: 'signedinUser', account: space.ownerEmail });
    steps.push({ at: now, what: `${space.ownerEmail} joined` });
  };
  /** An invited member of the space (members.create), as a co-host list or a calendar invitation would add. */
  const invite = (email: string) => {
    if (emu.state.members.some((member) => member.spaceId === space.id && member.email === email)) return;
    emu.state.members.push({ id: newShortId(), spaceId: space.id, email, role: 'ROLE_UNSPECIFIED', createdAt: now });
    steps.push({ at: now, what: `${email} invited` });
  };
  switch (scenario) {
    case 'late-joiner': {
      joinOwner();
      if (!first) break;
      invite(first.email);
      const at = now + LATE_JOINER_AFTER_MS;
      emu.clock.schedule(at, () => {
        const live = emu.queries.conference(conference.id);
        if (live !== undefined && live.endTime === undefined)
          emu.simulator.join(live, { kind: 'signedinUser', account: first.email });
      });
      steps.push({ at, what: `${first.email} joins` });
      break;
    }
    case 'no-show': {
      joinOwner();
      if (first) {
        invite(first.email);
        emu.simulator.join(conference, { kind: 'signedinUser', account: first.email });
        steps.push({ at: now, what: `${first.email} joined` });
      }
      // Invited, never comes.
      if (second) invite(second.email);
      break;
    }
    case 'waiting-in-room': {
      // Someone else walks into the room; its owner is not there.
      if (!first) break;
      emu.simulator.join(conference, { kind: 'signedinUser', account: first.email });
      steps.push({ at: now, what: `${first.email} joined` });
      break;
    }
    case 'recording-in-progress': {
      joinOwner();
      if (!emu.queries.artifactsOf(conference.id, 'recording').some((artifact) => artifact.endTime === undefined)) {
        emu.simulator.startArtifact(conference, 'recording');
      }
      steps.push({ at: now, what: 'recording started' });
      break;
    }
  }
  emu.changed();
  return { conference, steps };
}
