import type { Attendee } from '../../../shared/model/conference';
import { listAllPages } from '../paging/list-all-pages';
import { inBatches, listAllSessions } from '../paging/participant-sessions';
import type { MeetApi, MeetParticipant, ParticipantSession } from '../ports/meet-api';
import { toAttendee } from './attendee-model';

/**
 * Session lists fetched per poll. A conference of thousands fills in over several polls instead of
 * spending thousands of calls at once (Meet allows 600 reads per minute per user).
 */
export const SESSION_FETCHES_PER_POLL = 25;
const SESSION_FETCH_CONCURRENCY = 5;

/** What one poll learned. */
export interface PollOutcome {
  /** Every attendee, present or gone; undefined after a head-count-only poll. */
  readonly attendees?: ReadonlyMap<string, Attendee>;
  readonly presentCount: number;
  /** People present now who were not at the previous poll. */
  readonly joined: ReadonlyArray<MeetParticipant>;
}

/** Follows the participants of one conference record; session lists only for people whose data changed. */
export class AttendeeTracker {
  private participants = new Map<string, MeetParticipant>();
  private readonly sessions = new Map<string, ReadonlyArray<ParticipantSession>>();
  private readonly needsSessions = new Set<string>();
  private presentNames: ReadonlySet<string> = new Set();
  private presentNow: ReadonlyArray<MeetParticipant> = [];

  constructor(
    private readonly meet: MeetApi,
    readonly record: string,
  ) {}

  /** Lists every participant (all pages) and refreshes sessions of those that changed. */
  async pollFull(now: number): Promise<PollOutcome> {
    const listed = await listAllPages((pageToken) =>
      this.meet.listParticipants(this.record, { pageSize: 250, ...(pageToken ? { pageToken } : {}) }),
    );
    const next = new Map(listed.map((participant) => [participant.name, participant]));
    for (const participant of listed) {
      const previous = this.participants.get(participant.name);
      const changed =
        !previous ||
        previous.earliestStartTime !== participant.earliestStartTime ||
        previous.latestEndTime !== participant.latestEndTime;
      if (changed) this.needsSessions.add(participant.name);
    }
    this.participants = next;
    await this.fetchSessions();
    const attendees = new Map<string, Attendee>();
    for (const participant of listed) {
      attendees.set(participant.name, toAttendee(participant, this.sessions.get(participant.name), now));
    }
    const present = listed.filter((participant) => !participant.latestEndTime);
    return { attendees, presentCount: present.length, joined: this.notePresent(present) };
  }

  /** Lists only the people in the call now (`latest_end_time IS NULL`): the cheap poll for the tray. */
  async pollHeadCount(): Promise<PollOutcome> {
    const present = await listAllPages((pageToken) =>
      this.meet.listParticipants(this.record, {
        pageSize: 250,
        filter: 'latest_end_time IS NULL',
        ...(pageToken ? { pageToken } : {}),
      }),
    );
    return { presentCount: present.length, joined: this.notePresent(present) };
  }

  /**
   * One participant as an event's `get` returned it (push mode): updates who is present and answers the
   * row, whether they just arrived, and the head-count. Their session list is re-read by the next full
   * poll; until then the row counts one session from first join to last leave.
   */
  applyParticipant(participant: MeetParticipant, now: number): { readonly attendee: Attendee; readonly joined: boolean; readonly presentCount: number } {
    const previous = this.participants.get(participant.name);
    if (!previous || previous.earliestStartTime !== participant.earliestStartTime || previous.latestEndTime !== participant.latestEndTime) {
      this.sessions.delete(participant.name);
      this.needsSessions.add(participant.name);
    }
    this.participants.set(participant.name, participant);
    const present = !participant.latestEndTime;
    const joined = present && !this.presentNames.has(participant.name);
    const names = new Set(this.presentNames);
    if (present) names.add(participant.name);
    else names.delete(participant.name);
    this.presentNames = names;
    this.presentNow = [...this.presentNow.filter((known) => known.name !== participant.name), ...(present ? [participant] : [])];
    return { attendee: toAttendee(participant, this.sessions.get(participant.name), now), joined, presentCount: names.size };
  }

  /** Fetches sessions for up to {@link SESSION_FETCHES_PER_POLL} changed participants, a few at a time. */
  private async fetchSessions(): Promise<void> {
    const batch = [...this.needsSessions].filter((name) => this.participants.has(name)).slice(0, SESSION_FETCHES_PER_POLL);
    await inBatches(batch, SESSION_FETCH_CONCURRENCY, async (name) => {
      this.sessions.set(name, await listAllSessions(this.meet, name));
      this.needsSessions.delete(name);
    });
  }

  /** The people in the call at the last poll, as Google listed them (with `signedinUser.user`). */
  get present(): ReadonlyArray<MeetParticipant> {
    return this.presentNow;
  }

  /** Remembers who is present and answers who is new since the last poll. */
  private notePresent(present: ReadonlyArray<MeetParticipant>): MeetParticipant[] {
    const joined = present.filter((participant) => !this.presentNames.has(participant.name));
    this.presentNames = new Set(present.map((participant) => participant.name));
    this.presentNow = present;
    return joined;
  }
}
