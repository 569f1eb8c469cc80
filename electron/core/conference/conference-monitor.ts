import { AppError } from '../../../shared/ipc/result';
import type { Conference } from '../../../shared/model/conference';
import { AttendeeFeed } from '../attendees/attendee-feed';
import { sameHeadCount, type HeadCount, type HeadCountSource } from '../attendees/head-count';
import type { AuthSession } from '../auth/auth-session';
import type { MeetingRegistry } from '../meetings/meeting-registry';
import type { Clock } from '../ports/clock';
import type { EventSink } from '../ports/event-sink';
import type { Logger } from '../ports/logger';
import type { MeetApi } from '../ports/meet-api';
import type { Notifier } from '../ports/notifier';
import { findLiveConferences } from './live-conference-finder';
import { PollLoop } from '../polling/poll-loop';
import { isSignedIn } from '../meetings/read-access';
import { hasRecentActivity } from './recent-activity';
import type { Timers } from '../ports/timers';

/** Poll intervals by state: the list within 5 s while the window shows it, the head-count every 15 s while closed. */
export const POLL_INTERVALS_MS = {
  attendeesVisible: 5_000,
  headCountHidden: 15_000,
  waitingForPick: 15_000,
  discoveryVisible: 10_000,
  discoveryHidden: 30_000,
} as const;

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
}

/**
 * Finds the conferences running in the user's spaces, follows the current one and keeps the polling
 * pace adaptive: fast with the window open, slow with it closed, none at all when nothing is going on.
 */
export class ConferenceMonitor implements HeadCountSource {
  readonly loop: PollLoop;
  private readonly feed: AttendeeFeed;
  private live: ReadonlyArray<Conference> = [];
  private windowVisible = false;
  private lastHeadCount: HeadCount = { presentCount: 0, liveCount: 0, stale: false };
  private readonly headCountListeners = new Set<(headCount: HeadCount) => void>();

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

  /** Polls soon, e.g. right after ending a conference, so the window reflects it. */
  pollSoon(): void {
    this.loop.pollNow();
  }

  headCount(): HeadCount {
    return this.lastHeadCount;
  }

  onHeadCountChange(listener: (headCount: HeadCount) => void): () => void {
    this.headCountListeners.add(listener);
    return () => void this.headCountListeners.delete(listener);
  }

  private intervalMs(): number | undefined {
    if (!isSignedIn(this.deps.auth)) return undefined;
    if (this.feed.conference) {
      return this.windowVisible ? POLL_INTERVALS_MS.attendeesVisible : POLL_INTERVALS_MS.headCountHidden;
    }
    if (this.live.length > 0) return POLL_INTERVALS_MS.waitingForPick;
    if (!hasRecentActivity(this.deps.registry, this.deps.clock.now())) return undefined;
    return this.windowVisible ? POLL_INTERVALS_MS.discoveryVisible : POLL_INTERVALS_MS.discoveryHidden;
  }

  private async poll(isCurrent: () => boolean): Promise<void> {
    if (!isSignedIn(this.deps.auth)) return;
    const live = await findLiveConferences(this.deps.meet, this.deps.registry, this.deps.auth);
    if (!isCurrent()) return;
    const ended = this.applyLive(live);
    await this.feed.poll(this.windowVisible || ended !== undefined, this.deps.clock.now(), isCurrent);
    if (ended && isCurrent()) {
      // The last full list of an ended conference stays in the window; polling it stops here.
      this.feed.follow(this.live.length === 1 ? this.live[0] : undefined);
      this.deps.onConferenceEnded(ended);
    }
    this.publishHeadCount();
  }

  /** Stores the new live list; answers the followed conference if it just ended. */
  private applyLive(live: ReadonlyArray<Conference>): Conference | undefined {
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
    for (const listener of this.headCountListeners) listener(next);
  }
}
