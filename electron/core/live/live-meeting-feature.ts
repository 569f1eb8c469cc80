import { createSerialQueue } from '../../../shared/async/serial-queue';
import { createListeners } from '../../../shared/events/listeners';
import type { HandlersFor } from '../../../shared/ipc/handlers';
import { AppError } from '../../../shared/ipc/result';
import type { Conference } from '../../../shared/model/conference';
import type { LiveMeeting } from '../../../shared/model/live-meeting';
import type { Settings } from '../../../shared/model/settings';
import type { NoticeBoard } from '../app/notice-board';
import type { AuthSession } from '../auth/auth-session';
import type { PollSnapshot } from '../conference/conference-monitor';
import type { MeetingRegistry } from '../meetings/meeting-registry';
import type { PersonalRooms } from '../meetings/personal-rooms';
import { listAllPages } from '../paging/list-all-pages';
import type { Clipboard } from '../ports/clipboard';
import type { Clock } from '../ports/clock';
import type { DocumentStoreFactory } from '../ports/document-store';
import type { EventSink } from '../ports/event-sink';
import type { Logger } from '../ports/logger';
import type { MeetApi, MeetMember, MeetParticipant } from '../ports/meet-api';
import type { Notifier } from '../ports/notifier';
import type { Timers } from '../ports/timers';
import { Doorbell } from './doorbell';
import { stillWaitingText } from './expected-people';
import { HardStop } from './hard-stop';
import { LiveArtifacts, recordingNoticeText } from './live-artifacts';
import { liveMeetingOf } from './live-meeting';
import { nextMinuteAt } from './meeting-clock';
import { MEETING_PLANS_DOCUMENT, meetingPlans, type MeetingPlan } from './meeting-plans';
import type { OwnIdentity } from './own-identity';

/** Members of the followed space are listed again after this long (people get invited mid-meeting). */
export const MEMBERS_REFRESH_MS = 5 * 60_000;

type LiveChannel = 'live.get' | 'live.plan' | 'live.copy';

/** What the live-meeting features need from the core. */
export interface LiveMeetingDeps {
  readonly meet: MeetApi;
  readonly monitor: {
    onPolled(listener: (snapshot: PollSnapshot) => void): () => void;
    pollSoon(): void;
    wake(): void;
  };
  readonly registry: MeetingRegistry;
  readonly settings: { get(): Settings; onChange(listener: (settings: Settings) => void): () => void };
  readonly rooms: PersonalRooms;
  readonly documents: DocumentStoreFactory;
  readonly auth: AuthSession;
  readonly identity: OwnIdentity;
  readonly clipboard: Clipboard;
  readonly notifier: Notifier;
  readonly notices: NoticeBoard;
  readonly events: EventSink;
  readonly clock: Clock;
  readonly timers: Timers;
  readonly logger: Logger;
  /** Opens a meeting of the registry (the doorbell's Join). */
  readonly openMeeting: (space: string) => Promise<void>;
  /** Ends a conference for everyone (a preset that ends automatically). */
  readonly endConference: (space: string) => Promise<void>;
}

/**
 * The meeting as it runs, built on the conference monitor's polls: the clock and hard stop, who is
 * still missing, the doorbell of personal rooms, and what is being recorded. Pushes `live.changed`.
 */
export function createLiveMeetingFeature(deps: LiveMeetingDeps) {
  const plans = meetingPlans(deps.documents(MEETING_PLANS_DOCUMENT));
  const artifacts = new LiveArtifacts(deps.meet);
  const updates = createSerialQueue();
  const listeners = createListeners<[meeting: LiveMeeting | null]>();
  let followed: Conference | undefined;
  let present: ReadonlyArray<MeetParticipant> = [];
  let members: { space: string; at: number; list: ReadonlyArray<MeetMember> } | undefined;
  let plan: MeetingPlan | undefined;
  let ownUser: string | undefined;
  let roomSpaces: ReadonlyArray<string> = [];
  let current: LiveMeeting | null = null;
  let tick: unknown;
  const warn = (what: string) => (error: unknown) =>
    deps.logger.warn(what, { code: error instanceof AppError ? error.code : 'INTERNAL' });

  const doorbell = new Doorbell({
    meet: deps.meet,
    notifier: deps.notifier,
    ownUser: () => deps.identity.userId(),
    ownName: () => {
      const state = deps.auth.state();
      return state.status === 'signedIn' ? state.name : undefined;
    },
    join: (space) => void deps.openMeeting(space).catch(warn('could not open the room')),
  });
  const hardStop = new HardStop({
    ...deps,
    end: async (space) => {
      await deps.endConference(space);
      deps.monitor.pollSoon();
    },
    onMoment: () => publish(),
  });

  /** Recomputes the snapshot; pushes it when it changed; re-plans the hard stop and the clock's tick. */
  const publish = () => {
    const now = deps.clock.now();
    const next = liveMeetingOf({
      followed,
      present,
      plan,
      ownUser,
      now,
      rooms: roomSpaces,
      members: members && followed && members.space === followed.space ? members.list : [],
      badges: artifacts.badges(followed?.record),
      auth: deps.auth.state(),
      settings: deps.settings.get(),
      registry: deps.registry,
    });
    const label = next?.meetingCode ?? 'your meeting';
    hardStop.plan(
      next?.endsAt && next.lengthMinutes
        ? {
            record: next.record,
            space: next.space,
            label,
            endMs: Date.parse(next.endsAt),
            lengthMinutes: next.lengthMinutes,
            owner: next.owner,
            endAutomatically: next.endAutomatically,
          }
        : undefined,
    );
    if (tick !== undefined) deps.timers.clearTimeout(tick);
    tick = next
      ? deps.timers.setTimeout(
          () => ((tick = undefined), publish()),
          nextMinuteAt(Date.parse(next.startTime), now) - now,
        )
      : undefined;
    if (JSON.stringify(next) === JSON.stringify(current)) return;
    current = next;
    deps.events.emit('live.changed', next);
    listeners.emit(next);
  };

  /** Re-reads which spaces are personal rooms; a first room makes the monitor look (it may have been idle). */
  const readRooms = async () => {
    const had = roomSpaces.length > 0;
    roomSpaces = await deps.rooms.spaces(deps.settings.get().presets);
    if (!had && roomSpaces.length > 0) deps.monitor.wake();
  };

  const refreshMembers = async (now: number) => {
    if (!followed) return;
    const space = followed.space;
    if (members?.space === space && now - members.at < MEMBERS_REFRESH_MS) return;
    // Refused (a meeting someone else owns) or failed: no members until the next refresh.
    const list = await listAllPages((pageToken) =>
      deps.meet.listMembers(space, { pageSize: 100, ...(pageToken ? { pageToken } : {}) }),
    ).catch((error: unknown) => {
      warn('members not listed')(error);
      return [];
    });
    members = { space, at: now, list };
  };

  const update = (snapshot: PollSnapshot) =>
    updates.run(async () => {
      const now = deps.clock.now();
      if (snapshot.followed?.record !== followed?.record) plan = undefined;
      followed = snapshot.followed;
      present = snapshot.present;
      await Promise.all([
        refreshMembers(now),
        artifacts.refresh(followed, now).catch(warn('live artifacts not listed')),
        (async () => (ownUser = await deps.identity.userId()))(),
        (async () => (plan = followed ? await plans.get(followed.space) : undefined))(),
        readRooms(),
      ]);
      await doorbell
        .check(snapshot.live, roomSpaces, { ...(followed ? { record: followed.record } : {}), present })
        .catch(warn('doorbell check failed'));
      publish();
    });

  const handlers: HandlersFor<LiveChannel> = {
    'live.get': async () => current,
    'live.plan': async ({ space, lengthMinutes, expected }) => {
      if (!deps.registry.get(space)) throw new AppError('NOT_FOUND', 'That meeting is not in your recent meetings.');
      const before = await plans.get(space);
      const length = lengthMinutes === undefined ? before?.lengthMinutes : (lengthMinutes ?? undefined);
      const people = expected ?? before?.expected;
      await plans.put({
        space,
        ...(length !== undefined ? { lengthMinutes: length } : {}),
        ...(people && people.length > 0 ? { expected: people } : {}),
      });
      await updates.run(async () => {
        if (followed?.space === space) plan = await plans.get(space);
        publish();
      });
      return null;
    },
    'live.copy': async ({ what }) => {
      if (!current) throw new AppError('NOT_FOUND', 'No meeting is running.');
      if (what === 'missing' && !current.expected) {
        throw new AppError(
          'NOT_FOUND',
          'Nobody is expected in this meeting: invite members, or list people in its preset.',
        );
      }
      const copiedText =
        what === 'missing' ? stillWaitingText(current.expected?.missing ?? []) : recordingNoticeText(current.badges);
      await deps.clipboard.writeText(copiedText);
      return { copiedText };
    },
  };

  const stops: Array<() => void> = [];
  return {
    handlers,
    /** The snapshot now (the tray reads it). */
    snapshot: (): LiveMeeting | null => current,
    onChange: (listener: (meeting: LiveMeeting | null) => void) => listeners.add(listener),
    /** True while a personal room must be watched (keeps the monitor polling without recent meetings). */
    watching: (): boolean => roomSpaces.length > 0,
    /** Resolves once the updates queued so far have run (tests wait on it). */
    whenIdle: () => updates.idle(),
    start(): void {
      stops.push(
        deps.monitor.onPolled((snapshot) => void update(snapshot).catch(warn('live meeting not updated'))),
        deps.settings.onChange(
          () => void updates.run(async () => (await readRooms(), publish())).catch(warn('live meeting not updated')),
        ),
        deps.registry.onChange(() => void updates.run(readRooms).catch(warn('rooms not read'))),
      );
      void updates.run(readRooms).catch(warn('rooms not read'));
    },
    stop(): void {
      stops.splice(0).forEach((stop) => stop());
      hardStop.stop();
      if (tick !== undefined) deps.timers.clearTimeout(tick);
      tick = undefined;
    },
  };
}

/** The running feature. */
export type LiveMeetingFeature = ReturnType<typeof createLiveMeetingFeature>;
