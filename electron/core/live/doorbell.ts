import type { Conference } from '../../../shared/model/conference';
import { displayNameOf } from '../attendees/attendee-model';
import { listAllPages } from '../paging/list-all-pages';
import type { MeetApi, MeetParticipant } from '../ports/meet-api';
import type { Notifier } from '../ports/notifier';

/** What the doorbell needs. */
export interface DoorbellDeps {
  readonly meet: MeetApi;
  readonly notifier: Notifier;
  /** `users/{id}` of the signed-in account (its own participant is not a visitor). */
  readonly ownUser: () => Promise<string | undefined>;
  /** The account's name, to know its participant by while Google has not said its id. */
  readonly ownName: () => string | undefined;
  /** Opens the room's meeting (the notification's Join). */
  readonly join: (space: string) => void;
}

const NAMES_SHOWN = 2;

/**
 * Rings when someone is in one of the user's personal rooms while the user is not: one notification
 * per newcomer batch, "Ana is waiting in your room", with Join. Each person rings once per conference.
 */
export class Doorbell {
  /** Per conference record: participants already announced. */
  private readonly rung = new Map<string, Set<string>>();

  constructor(private readonly deps: DoorbellDeps) {}

  /**
   * Looks at the running conferences in `rooms`. `known` holds the present list of the followed
   * conference from the poll that just ran, so that one costs no second call.
   */
  async check(
    live: ReadonlyArray<Conference>,
    rooms: ReadonlyArray<string>,
    known: { readonly record?: string; readonly present: ReadonlyArray<MeetParticipant> },
  ): Promise<void> {
    const inRooms = live.filter((conference) => rooms.includes(conference.space));
    for (const record of [...this.rung.keys()])
      if (!inRooms.some((conference) => conference.record === record)) this.rung.delete(record);
    if (inRooms.length === 0) return;
    const own = await this.deps.ownUser();
    const ownName = this.deps.ownName();
    // Without the id (userinfo gave none) the account's own name stands in: ringing the user about themselves is worse.
    const isOwn = (participant: MeetParticipant) =>
      own !== undefined
        ? participant.signedinUser?.user === own
        : ownName !== undefined && participant.signedinUser?.displayName === ownName;
    for (const conference of inRooms) {
      const present = conference.record === known.record ? known.present : await this.listPresent(conference.record);
      // The user is inside: they see who comes in themselves.
      if (present.some(isOwn)) {
        this.remember(conference.record, present);
        continue;
      }
      const announced = this.rung.get(conference.record) ?? new Set<string>();
      const visitors = present.filter((participant) => !announced.has(participant.name));
      this.remember(conference.record, present);
      if (visitors.length > 0) this.ring(conference, visitors);
    }
  }

  private remember(record: string, present: ReadonlyArray<MeetParticipant>): void {
    const set = this.rung.get(record) ?? new Set<string>();
    for (const participant of present) set.add(participant.name);
    this.rung.set(record, set);
  }

  private ring(conference: Conference, visitors: ReadonlyArray<MeetParticipant>): void {
    const names = visitors.slice(0, NAMES_SHOWN).map(displayNameOf);
    const others = visitors.length - names.length;
    const who = others > 0 ? `${names.join(', ')} and ${others} other${others === 1 ? '' : 's'}` : names.join(' and ');
    this.deps.notifier.notify({
      title: `${who} ${visitors.length === 1 ? 'is' : 'are'} waiting in your room`,
      body: `${conference.meetingCode ?? 'Your personal room'}: join them now.`,
      actionLabel: 'Join',
      onAction: () => this.deps.join(conference.space),
    });
  }

  private listPresent(record: string): Promise<MeetParticipant[]> {
    return listAllPages((pageToken) =>
      this.deps.meet.listParticipants(record, {
        pageSize: 250,
        filter: 'latest_end_time IS NULL',
        ...(pageToken ? { pageToken } : {}),
      }),
    );
  }
}
