import type { AuthState } from '../../../shared/model/auth-state';
import type { Conference } from '../../../shared/model/conference';
import type { LiveMeeting } from '../../../shared/model/live-meeting';
import type { Settings } from '../../../shared/model/settings';
import type { MeetingRegistry } from '../meetings/meeting-registry';
import type { MeetMember, MeetParticipant } from '../ports/meet-api';
import { expectedPeople, matchExpected } from './expected-people';
import { elapsedMinutes, phaseAt } from './meeting-clock';
import type { MeetingPlan } from './meeting-plans';
import type { LiveBadge } from '../../../shared/model/live-meeting';

/** Everything one snapshot is computed from. */
export interface LiveInputs {
  readonly followed: Conference | undefined;
  readonly present: ReadonlyArray<MeetParticipant>;
  readonly members: ReadonlyArray<MeetMember>;
  readonly plan: MeetingPlan | undefined;
  readonly badges: ReadonlyArray<LiveBadge>;
  readonly ownUser: string | undefined;
  readonly auth: AuthState;
  readonly settings: Settings;
  readonly registry: MeetingRegistry;
  readonly now: number;
  /** Spaces that are personal rooms. */
  readonly rooms: ReadonlyArray<string>;
}

/**
 * The followed conference as the window and the tray show it: the clock against its planned length
 * (the meeting's own, else its preset's), expected people against who is here, and what is recording.
 * A meeting counts as the user's own (End for everyone offered) when Quickmeet created it with a preset.
 */
export function liveMeetingOf(inputs: LiveInputs): LiveMeeting | null {
  const { followed } = inputs;
  if (!followed) return null;
  const meeting = inputs.registry.get(followed.space);
  const preset = meeting?.presetId
    ? inputs.settings.presets.find((candidate) => candidate.id === meeting.presetId)
    : undefined;
  const lengthMinutes = inputs.plan?.lengthMinutes ?? preset?.lengthMinutes;
  const startMs = Date.parse(followed.startTime);
  const ownEmail = inputs.auth.status === 'signedIn' ? inputs.auth.email : undefined;
  const people = expectedPeople(
    inputs.members,
    [...(preset?.expected ?? []), ...(inputs.plan?.expected ?? [])],
    ownEmail,
  );
  return {
    record: followed.record,
    space: followed.space,
    ...(followed.meetingCode ? { meetingCode: followed.meetingCode } : {}),
    startTime: followed.startTime,
    elapsedMinutes: elapsedMinutes(startMs, inputs.now),
    ...(lengthMinutes !== undefined
      ? { lengthMinutes, endsAt: new Date(startMs + lengthMinutes * 60_000).toISOString() }
      : {}),
    phase: phaseAt(startMs, lengthMinutes, inputs.now),
    endAutomatically: preset?.endAutomatically === true && lengthMinutes !== undefined,
    owner: meeting?.presetId !== undefined,
    personalRoom: inputs.rooms.includes(followed.space),
    badges: [...inputs.badges],
    ...(people.length > 0 ? { expected: matchExpected(people, inputs.present, inputs.ownUser) } : {}),
    ...(inputs.plan?.expected?.length ? { meetingExpected: [...inputs.plan.expected] } : {}),
  };
}
