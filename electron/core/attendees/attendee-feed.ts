import type { Attendee, Conference } from '../../../shared/model/conference';
import type { EventSink } from '../ports/event-sink';
import type { MeetApi, MeetParticipant } from '../ports/meet-api';
import type { Notifier } from '../ports/notifier';
import { diffAttendees, toPushes, type AttendeeChanges } from './attendee-diff';
import { AttendeeTracker } from './attendee-tracker';
import { notifyJoined } from './join-notifications';

/** What the feed needs from its surroundings. */
export interface AttendeeFeedDeps {
  readonly meet: MeetApi;
  readonly events: EventSink;
  readonly notifier: Notifier;
  readonly notifyOnJoin: () => boolean;
}

const NO_CHANGES: AttendeeChanges = { upserted: [], removed: [] };

/**
 * The attendee list of the current conference as the renderer knows it. Polls through an
 * {@link AttendeeTracker} and pushes `attendees.changed` with only what changed since the last push.
 */
export class AttendeeFeed {
  private tracker: AttendeeTracker | undefined;
  private current: Conference | undefined;
  private shown: ReadonlyMap<string, Attendee> = new Map();
  private polls = 0;
  private present = 0;
  private isStale = false;

  constructor(private readonly deps: AttendeeFeedDeps) {}

  /** The conference followed now. */
  get conference(): Conference | undefined {
    return this.current;
  }

  /** People in the call at the last poll. */
  get presentCount(): number {
    return this.present;
  }

  /** The people in the call at the last poll, with their Google identities (expected people, the doorbell). */
  get presentParticipants(): ReadonlyArray<MeetParticipant> {
    return this.tracker?.present ?? [];
  }

  /** True while the list shows the last good data after a failed poll. */
  get stale(): boolean {
    return this.isStale;
  }

  /** Follows `conference` (or nothing) from now on; pushes an empty reset so the window clears at once. */
  follow(conference: Conference | undefined): void {
    if (conference?.record === this.current?.record) return;
    this.current = conference;
    this.tracker = conference ? new AttendeeTracker(this.deps.meet, conference.record) : undefined;
    this.shown = new Map();
    this.polls = 0;
    this.present = 0;
    this.isStale = false;
    if (conference) this.push(NO_CHANGES, true);
  }

  /** Pushes the whole list as a reset, for a window that may hold nothing yet (just opened or reconnected). */
  resend(): void {
    this.push({ upserted: [...this.shown.values()], removed: [] }, true);
  }

  /** One poll: the full list when the window shows it, otherwise the head-count only. */
  async poll(full: boolean, now: number, isCurrent: () => boolean): Promise<void> {
    const tracker = this.tracker;
    if (!tracker) return;
    const outcome = full ? await tracker.pollFull(now) : await tracker.pollHeadCount();
    if (!isCurrent() || tracker !== this.tracker) return;
    this.polls += 1;
    // The people already there when Quickmeet starts following are not news.
    if (this.polls > 1 && this.deps.notifyOnJoin()) notifyJoined(this.deps.notifier, outcome.joined, this.label());
    const changes = outcome.attendees ? diffAttendees(this.shown, outcome.attendees) : NO_CHANGES;
    if (outcome.attendees) this.shown = outcome.attendees;
    const statusChanged = this.present !== outcome.presentCount || this.isStale;
    this.present = outcome.presentCount;
    this.isStale = false;
    if (changes.upserted.length > 0 || changes.removed.length > 0 || statusChanged) this.push(changes, false);
  }

  /**
   * Applies one participant an event named (push mode), through the same diff, push and join
   * notification as a poll. Answers false when they belong to a conference not followed now.
   */
  applyParticipant(record: string, participant: MeetParticipant, now: number): boolean {
    const tracker = this.tracker;
    if (!tracker || tracker.record !== record) return false;
    const outcome = tracker.applyParticipant(participant, now);
    if (outcome.joined && this.deps.notifyOnJoin()) notifyJoined(this.deps.notifier, [participant], this.label());
    const next = new Map(this.shown);
    next.set(participant.name, outcome.attendee);
    const changes = diffAttendees(this.shown, next);
    this.shown = next;
    const statusChanged = this.present !== outcome.presentCount;
    this.present = outcome.presentCount;
    if (changes.upserted.length > 0 || statusChanged) this.push(changes, false);
    return true;
  }

  /** Marks the list stale after a failed poll (pushed once, not on every retry). */
  markStale(): void {
    if (!this.tracker || this.isStale) return;
    this.isStale = true;
    this.push(NO_CHANGES, false);
  }

  private push(changes: AttendeeChanges, reset: boolean): void {
    if (!this.current) return;
    const status = { reset, presentCount: this.present, stale: this.isStale };
    for (const push of toPushes(this.current.record, changes, status)) this.deps.events.emit('attendees.changed', push);
  }

  private label(): string {
    return this.current?.meetingCode ?? 'your meeting';
  }
}
