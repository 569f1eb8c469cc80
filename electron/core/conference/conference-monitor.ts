import { createListeners } from '../../../shared/events/listeners';
import { AppError } from '../../../shared/ipc/result';
import type { Conference } from '../../../shared/model/conference';
import { AttendeeFeed } from '../attendees/attendee-feed';
import { sameHeadCount, type HeadCount, type HeadCountSource } from '../attendees/head-count';
import type { AuthSession } from '../auth/auth-session';
import type { MeetingRegistry } from '../meetings/meeting-registry';
import type { Clock } from '../ports/clock';
import type { EventSink } from '../ports/event-sink';
import type { Logger } from '../ports/logger';
import type { ConferenceRecord, MeetApi, MeetParticipant } from '../ports/meet-api';
import type { Notifier } from '../ports/notifier';
import { findLiveConferences, toConference } from './live-conference-finder';
import { PollLoop } from '../polling/poll-loop';
import { isSignedIn, mayRead } from '../meetings/read-access';
import { hasRecentActivity } from './recent-activity';
import { compareRfc3339 } from '../../../shared/time/rfc3339';
import type { Timers } from '../ports/timers';

/** Poll intervals by state: the list within 5 s while the window shows it, the head-count every 15 s while closed. */
export const POLL_INTERVALS_MS = {
  attendeesVisible: 5_000,
  headCountHidden: 15_000,
  waitingForPick: 15_000,
  discoveryVisible: 10_000,
  discoveryHidden: 30_000,
  /** Right after a meeting was created or opened, while the window shows: its conference appears within seconds. */
  discoveryFresh: 3_000,
  /** While instant updates deliver events: a slow reconcile that catches anything missed. */
  pushReconcile: 60_000,
} as const;

/** How long after creating or opening a meeting discovery runs at {@link POLL_INTERVALS_MS.discoveryFresh}. */
export const FRESH_MEETING_MS = 2 * 60_000;

/** What the monitor needs. */
export interface ConferenceMonitorDeps {
  readonly meet: MeetApi;
  readonly registry: MeetingRegistry;
  readonly auth: AuthSession;
  readonly events: EventSink;
  readonly notifier: Notifier;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly timers: Timers;
  readonly random: () => number;
  readonly notifyOnJoin: () => boolean;
  /** Told when a conference Quickmeet was watching has ended (recordings refresh, summary). */
  readonly onConferenceEnded: (conference: Conference) => void;
  /** Told when Google refused (403) or no longer knows (404) the followed conference; following it stopped. */
  readonly onFollowLost?: (conference: Conference, error: AppError) => void;
  /** True while something must be watched although no meeting is recent (a personal room's doorbell). */
  readonly keepWatching?: () => boolean;
}

/** What one finished poll saw: the followed conference (if any) and who is in it. */
export interface PollSnapshot {
  readonly followed: Conference | undefined;
  readonly present: ReadonlyArray<MeetParticipant>;
  readonly live: ReadonlyArray<Conference>;
}

/** Answers that mean the followed conference is out of reach for this account: retrying cannot help. */
const LOST_ACCESS_CODES: ReadonlySet<string> = new Set(['PERMISSION_DENIED', 'NOT_FOUND']);

/**
 * Finds the conferences running in the user's spaces, follows the current one and keeps the polling
 * pace adaptive: fast with the window open, slow with it closed, none at all when nothing is going on.
 */
export class ConferenceMonitor implements HeadCountSource {
  readonly loop: PollLoop;
  private readonly feed: AttendeeFeed;
  private live: ReadonlyArray<Conference> = [];
  private windowVisible = false;
  /** True while instant updates deliver events: polling drops to {@link POLL_INTERVALS_MS.pushReconcile}. */
  private pushHealthy = false;
  /** Conferences this account was refused (403/404) while following them; not offered again until an account change. */
  private readonly refused = new Set<string>();
  private lastHeadCount: HeadCount = { presentCount: 0, liveCount: 0, stale: false };
  private readonly headCountListeners = createListeners<[headCount: HeadCount]>();
  private readonly pollListeners = createListeners<[snapshot: PollSnapshot]>();
  private readonly followedEndedListeners = createListeners<[conference: Conference]>();

  constructor(private readonly deps: ConferenceMonitorDeps) {
    this.feed = new AttendeeFeed(deps);
    this.loop = new PollLoop({
      timers: deps.timers,
      clock: deps.clock,
      random: deps.random,
      intervalMs: () => this.intervalMs(),
      poll: (isCurrent) => this.poll(isCurrent),
      onFailure: (error) => this.onFailure(error),
    });
  }

  /** Conferences running now (from the last poll; no call). */
  listLive(): ReadonlyArray<Conference> {
    return this.live;
  }

  /** Follows one of the running conferences; its list arrives through `attendees.changed`. */
  select(record: string): void {
    const conference = this.live.find((candidate) => candidate.record === record);
    if (!conference) throw new AppError('NOT_FOUND', 'That conference is not running any more.');
    // Picking the conference already followed asks for its list again: the window may not hold it.
    if (this.feed.conference?.record === record) this.feed.resend();
    else this.feed.follow(conference);
    this.publishHeadCount();
    this.loop.pollNow();
  }

  /**
   * The window was shown or hidden. Shown: it gets the whole list at once (pushes are otherwise diffs,
   * and a window that connects late holds none of them), then a poll brings it up to date.
   */
  setWindowVisible(visible: boolean): void {
    this.windowVisible = visible;
    if (!visible) return this.loop.reschedule();
    this.feed.resend();
    this.loop.pollNow();
  }

  /** Something changed that may start polling (new space, sign-in); re-reads the pace. */
  wake(): void {
    if (!isSignedIn(this.deps.auth)) {
      this.applyLive([]);
      this.loop.reschedule();
      return;
    }
    this.loop.reschedule();
  }

  /**
   * Another account is shown (or none): the followed conference, the live list, the head-count and any
   * backoff belonged to the previous one. Forgets them all and looks again for the new account.
   */
  resetAccount(): void {
    this.feed.follow(undefined);
    this.refused.clear();
    const hadLive = this.live.length > 0;
    this.live = [];
    if (hadLive) this.deps.events.emit('conference.liveChanged', []);
    this.publishHeadCount();
    this.publishPoll();
    this.loop.restart();
  }

  /** Polls soon, e.g. right after ending a conference, so the window reflects it. */
  pollSoon(): void {
    this.loop.pollNow();
  }

  /** Instant updates became healthy (slow reconcile) or failed (today's pace again). */
  setPushHealthy(healthy: boolean): void {
    if (healthy === this.pushHealthy) return;
    this.pushHealthy = healthy;
    this.loop.reschedule();
  }

  /** True when `record` is in the live list (an event about it needs no look-up of the record first). */
  isLive(record: string): boolean {
    return this.live.some((conference) => conference.record === record);
  }

  /**
   * A conference record as an event's `get` returned it: started ones join the live list, ended ones
   * leave it, through the same steps as a poll (pushes, follow, "ended" for the recordings refresh).
   */
  applyConferenceRecord(record: ConferenceRecord): void {
    if (!isSignedIn(this.deps.auth) || this.refused.has(record.name) || !mayRead(record.space, this.deps.registry, this.deps.auth)) return;
    const others = this.live.filter((conference) => conference.record !== record.name);
    const next = record.endTime ? others : [...others, toConference(record, this.deps.registry)].sort((a, b) => compareRfc3339(b.startTime, a.startTime));
    const ended = this.applyLive(next);
    if (ended) {
      this.feed.follow(this.live.length === 1 ? this.live[0] : undefined);
      this.deps.onConferenceEnded(ended);
    }
    this.publishHeadCount();
    this.publishPoll();
    this.loop.reschedule();
  }

  /** A participant as an event's `get` returned it; answers false when their conference is not followed. */
  applyParticipant(record: string, participant: MeetParticipant): boolean {
    const applied = this.feed.applyParticipant(record, participant, this.deps.clock.now());
    this.publishHeadCount();
    // Who is here changed without a poll: the expected people and the doorbell hear it at once.
    if (applied) this.publishPoll();
    return applied;
  }

  headCount(): HeadCount {
    return this.lastHeadCount;
  }

  onHeadCountChange(listener: (headCount: HeadCount) => void): () => void {
    return this.headCountListeners.add(listener);
  }

  /** Called after every finished poll and account reset, with what it saw (the live-meeting features read it). */
  onPolled(listener: (snapshot: PollSnapshot) => void): () => void {
    return this.pollListeners.add(listener);
  }

  /** Told when the conference being followed ends (with the end time Quickmeet saw), after its last attendee poll. */
  onFollowedConferenceEnded(listener: (conference: Conference) => void): () => void {
    return this.followedEndedListeners.add(listener);
  }

  private intervalMs(): number | undefined {
    if (!isSignedIn(this.deps.auth)) return undefined;
    const now = this.deps.clock.now();
    if (this.pushHealthy) {
      const busy = this.feed.conference !== undefined || this.live.length > 0 || hasRecentActivity(this.deps.registry, now) || this.deps.keepWatching?.() === true;
      return busy ? POLL_INTERVALS_MS.pushReconcile : undefined;
    }
    if (this.windowVisible && hasRecentActivity(this.deps.registry, now, FRESH_MEETING_MS)) return POLL_INTERVALS_MS.discoveryFresh;
    if (this.feed.conference) {
      return this.windowVisible ? POLL_INTERVALS_MS.attendeesVisible : POLL_INTERVALS_MS.headCountHidden;
    }
    if (this.live.length > 0) return POLL_INTERVALS_MS.waitingForPick;
    if (!hasRecentActivity(this.deps.registry, now) && !this.deps.keepWatching?.()) return undefined;
    return this.windowVisible ? POLL_INTERVALS_MS.discoveryVisible : POLL_INTERVALS_MS.discoveryHidden;
  }

  private async poll(isCurrent: () => boolean): Promise<void> {
    if (!isSignedIn(this.deps.auth)) return;
    const live = await findLiveConferences(this.deps.meet, this.deps.registry, this.deps.auth);
    if (!isCurrent()) return;
    const ended = this.applyLive(live);
    try {
      await this.feed.poll(this.windowVisible || ended !== undefined, this.deps.clock.now(), isCurrent);
    } catch (error) {
      if (!isCurrent() || !this.dropLostFollow(error)) throw error;
    }
    if (ended && isCurrent()) {
      // The last full list of an ended conference stays in the window; polling it stops here.
      this.feed.follow(this.live.length === 1 ? this.live[0] : undefined);
      this.deps.onConferenceEnded(ended);
      this.followedEndedListeners.emit(ended);
    }
    this.publishHeadCount();
    this.publishPoll();
  }

  private publishPoll(): void {
    this.pollListeners.emit({ followed: this.feed.conference, present: this.feed.presentParticipants, live: this.live });
  }

  /** Stores the new live list; answers the followed conference if it just ended. */
  private applyLive(found: ReadonlyArray<Conference>): Conference | undefined {
    const live = found.filter((conference) => !this.refused.has(conference.record));
    const before = this.live;
    this.live = live;
    if (JSON.stringify(before) !== JSON.stringify(live)) this.deps.events.emit('conference.liveChanged', live);
    const followed = this.feed.conference;
    for (const gone of before.filter((old) => !live.some((now) => now.record === old.record))) {
      if (gone.record !== followed?.record) this.deps.onConferenceEnded(gone);
    }
    if (followed && !live.some((conference) => conference.record === followed.record)) {
      return { ...followed, endTime: new Date(this.deps.clock.now()).toISOString() };
    }
    if (!followed && live.length === 1) this.feed.follow(live[0]);
    return undefined;
  }

  /** A 403 or 404 on the followed conference stops following it (polling it again would only fail again). */
  private dropLostFollow(error: unknown): boolean {
    const conference = this.feed.conference;
    if (!conference || !(error instanceof AppError) || !LOST_ACCESS_CODES.has(error.code)) return false;
    this.deps.logger.warn('stopped following a conference', { code: error.code });
    this.feed.follow(undefined);
    this.refused.add(conference.record);
    this.live = this.live.filter((candidate) => candidate.record !== conference.record);
    this.deps.events.emit('conference.liveChanged', this.live);
    this.deps.onFollowLost?.(conference, error);
    return true;
  }

  private onFailure(error: unknown): void {
    const code = error instanceof AppError ? error.code : 'INTERNAL';
    this.deps.logger.warn('conference poll failed', { code });
    this.feed.markStale();
    this.publishHeadCount();
  }

  private publishHeadCount(): void {
    const conference = this.feed.conference;
    const next: HeadCount = {
      ...(conference ? { conference } : {}),
      presentCount: this.feed.presentCount,
      liveCount: this.live.length,
      stale: this.feed.stale,
    };
    if (sameHeadCount(next, this.lastHeadCount)) return;
    this.lastHeadCount = next;
    this.headCountListeners.emit(next);
  }
}
