import type { MeetParticipant } from '../ports/meet-api';
import type { Notifier } from '../ports/notifier';
import { displayNameOf } from './attendee-model';

/** Names spelled out in one notification before "and N others". */
const NAMES_SHOWN = 3;

/** One notification for everyone who joined since the last poll (never one per person). */
export function notifyJoined(notifier: Notifier, joined: ReadonlyArray<MeetParticipant>, meetingLabel: string): void {
  if (joined.length === 0) return;
  const names = joined.slice(0, NAMES_SHOWN).map(displayNameOf);
  const others = joined.length - names.length;
  const who = others > 0 ? `${names.join(', ')} and ${others} other${others === 1 ? '' : 's'}` : names.join(', ');
  notifier.notify({ title: `Joined ${meetingLabel}`, body: `${who} joined the call.` });
}
