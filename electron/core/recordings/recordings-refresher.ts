import { AppError } from '../../../shared/ipc/result';
import type { Artifact } from '../../../shared/model/artifact';
import type { AuthSession } from '../auth/auth-session';
import { listAllPages } from '../paging/list-all-pages';
import { PollLoop } from '../polling/poll-loop';
import { isSignedIn, mayRead } from '../meetings/read-access';
import type { Timers } from '../ports/timers';
import type { MeetingRegistry } from '../meetings/meeting-registry';
import type { Clock } from '../ports/clock';
import type { Logger } from '../ports/logger';
import type { MeetApi } from '../ports/meet-api';
import { listArtifacts } from './artifact-listing';
import type { CachedRecord, RecordingsCache } from './recordings-cache';

const HOUR_MS = 60 * 60 * 1000;
/** Artifacts not yet FILE_GENERATED are re-checked this long after the conference ends. */
export const PENDING_WINDOW_MS = 24 * HOUR_MS;
/** An ended conference without artifacts is re-checked this long, since Google adds them late. */
export const SETTLE_WINDOW_MS = 15 * 60 * 1000;
/** Slowest pace of re-checks while something is pending; nothing pending means no timer at all. */
export const RECHECK_INTERVAL_MS = 60_000;
/**
 * Fastest pace, right after a conference ends. Files are expected within minutes of the end, so the
 * gap grows with the time since the end (a quarter of it) from this floor up to {@link RECHECK_INTERVAL_MS}:
 * a file ready 15 s after the end shows within seconds, one that takes an hour costs a call a minute.
 */
export const FIRST_RECHECK_MS = 5_000;
/** Files that become ready this long after the conference are not announced (an old backlog). */
const ANNOUNCE_WINDOW_MS = 6 * HOUR_MS;

/** What the refresher needs. */
export interface RecordingsRefresherDeps {
  readonly meet: MeetApi;
  readonly registry: MeetingRegistry;
  readonly auth: AuthSession;
  readonly cache: RecordingsCache;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly timers: Timers;
  readonly random: () => number;
  /** Told after each refresh that changed the cache, with artifacts that just became ready. */
  readonly onRefreshed: (ready: ReadonlyArray<Artifact>) => void;
}

/**
 * Keeps the cache current at a cost proportional to what is new: one list of records started since the
 * last one seen, then artifact lists only for new, still-open or still-processing conferences.
 */
export class RecordingsRefresher {
  readonly loop: PollLoop;
  /** While instant updates are healthy, a conference's end and its files arrive as events: open ones are not re-checked. */
  private pushHealthy = false;

  constructor(private readonly deps: RecordingsRefresherDeps) {
    this.loop = new PollLoop({
      timers: deps.timers,
      clock: deps.clock,
      random: deps.random,
      intervalMs: () => (isSignedIn(deps.auth) ? this.recheckIntervalMs() : undefined),
      poll: (isCurrent) => this.refresh(isCurrent),
      onFailure: (error) =>
        deps.logger.warn('recordings refresh failed', { code: error instanceof AppError ? error.code : 'INTERNAL' }),
    });
  }

  /** Instant updates became healthy or failed; re-reads the pace. */
  setPushHealthy(healthy: boolean): void {
    if (healthy === this.pushHealthy) return;
    this.pushHealthy = healthy;
    this.loop.reschedule();
  }

  /** True while some conference is still open, or its files are still being made. */
  hasPendingWork(): boolean {
    const now = this.deps.clock.now();
    return this.deps.cache.records().some((record) => this.needsCheck(record, now));
  }

  /** When to look again: soon after the youngest pending conference ended, slower as it ages; undefined when nothing is pending. */
  private recheckIntervalMs(): number | undefined {
    const now = this.deps.clock.now();
    const pending = this.deps.cache.records().filter((record) => this.needsCheck(record, now) && !(this.pushHealthy && !record.endTime));
    if (pending.length === 0) return undefined;
    const youngest = Math.min(...pending.map((record) => (record.endTime ? now - Date.parse(record.endTime) : Number.POSITIVE_INFINITY)));
    return Math.min(RECHECK_INTERVAL_MS, Math.max(FIRST_RECHECK_MS, youngest / 4));
  }

  private async refresh(isCurrent: () => boolean): Promise<void> {
    if (!isSignedIn(this.deps.auth)) return;
    const { cache, meet } = this.deps;
    const announce = !cache.empty;
    const since = cache.lastSeenStartTime;
    // `>=` (a documented operator) rather than `>`, so a record sharing the last start time is not missed.
    const filter = since ? `start_time>="${since}"` : undefined;
    const listed = await listAllPages((pageToken) =>
      meet.listConferenceRecords({ pageSize: 100, ...(filter ? { filter } : {}), ...(pageToken ? { pageToken } : {}) }),
    );
    if (!isCurrent()) return;
    for (const record of listed) {
      if (!mayRead(record.space, this.deps.registry, this.deps.auth)) continue;
      const known = cache.record(record.name);
      const meetingCode = known?.meetingCode ?? this.deps.registry.get(record.space)?.meetingCode;
      const { endTime: _previousEnd, ...kept } = known ?? {};
      cache.upsertRecord({
        ...kept,
        name: record.name,
        space: record.space,
        startTime: record.startTime,
        ...(record.endTime ? { endTime: record.endTime } : {}),
        ...(meetingCode ? { meetingCode } : {}),
      });
    }
    const now = this.deps.clock.now();
    const ready: Artifact[] = [];
    for (const record of cache.records().filter((candidate) => this.needsCheck(candidate, now))) {
      const checked = await this.check(record, now);
      if (!isCurrent()) return;
      if (!checked) continue;
      const ended = checked.endTime ? Date.parse(checked.endTime) : now;
      const fresh = cache.setArtifacts(checked.name, checked.artifacts);
      if (announce && now - ended < ANNOUNCE_WINDOW_MS) ready.push(...fresh);
    }
    await cache.save();
    this.deps.onRefreshed(ready);
  }

  /** Re-reads one record (if it was open) and lists its artifacts; undefined when it is not over yet. */
  private async check(record: CachedRecord, now: number): Promise<(CachedRecord & { artifacts: Artifact[] }) | undefined> {
    const { cache, meet } = this.deps;
    try {
      let current = record;
      if (!record.endTime) {
        const fetched = await meet.getConferenceRecord(record.name);
        if (!fetched.endTime) return undefined;
        current = { ...record, endTime: fetched.endTime };
      }
      const artifacts = await listArtifacts(meet, current);
      const updated = { ...current, checkedAt: new Date(now).toISOString() };
      cache.upsertRecord(updated);
      return { ...updated, artifacts };
    } catch (error) {
      // Google deletes records 30 days after they end; the cache keeps what it had.
      if (!(error instanceof AppError) || error.code !== 'NOT_FOUND') throw error;
      cache.upsertRecord({ ...record, expired: true });
      return undefined;
    }
  }

  private needsCheck(record: CachedRecord, now: number): boolean {
    if (record.expired) return false;
    if (!record.endTime) return now - Date.parse(record.startTime) < PENDING_WINDOW_MS;
    const sinceEnd = now - Date.parse(record.endTime);
    if (!record.checkedAt) return true;
    if (sinceEnd > PENDING_WINDOW_MS) return false;
    const artifacts = this.deps.cache.artifacts().filter((artifact) => artifact.record === record.name);
    if (artifacts.some((artifact) => artifact.state !== 'FILE_GENERATED')) return true;
    return artifacts.length === 0 && sinceEnd < SETTLE_WINDOW_MS;
  }
}
