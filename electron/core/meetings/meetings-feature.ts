import type { HandlersFor } from '../../../shared/ipc/handlers';
import type { NoticeBoard } from '../app/notice-board';
import type { AuthSession } from '../auth/auth-session';
import type { Clipboard } from '../ports/clipboard';
import type { Clock } from '../ports/clock';
import type { DocumentStoreFactory } from '../ports/document-store';
import type { EventSink } from '../ports/event-sink';
import type { UrlOpener } from '../ports/url-opener';
import type { Logger } from '../ports/logger';
import type { MeetApi } from '../ports/meet-api';
import type { Notifier } from '../ports/notifier';
import type { SystemEvents } from '../ports/system-events';
import type { CreateLedger } from '../ports/create-ledger';
import { CreateBudget, CREATES_PER_MINUTE } from './create-budget';
import { createDocumentMeetingRegistry, type LoadableMeetingRegistry } from './document-meeting-registry';
import { InstantMeetings } from './instant-meeting';
import type { MeetingSettingsSource } from './meeting-settings';
import { createMeetingsHandlers, type MeetingsChannel } from './meetings-handlers';
import { meetingPageUrlOpener } from './open-meeting';
import { SparePool } from './spare-pool';
import { createPersonalRooms, PERSONAL_ROOMS_DOCUMENT, type PersonalRooms } from './personal-rooms';

/** Document names inside the app-data folder. */
export const MEETINGS_DOCUMENT = 'meetings';
export const SPARE_SPACES_DOCUMENT = 'spare-spaces';

/** Ports and services the meetings feature is built from. */
export interface MeetingsFeatureDeps {
  readonly meet: MeetApi;
  readonly auth: AuthSession;
  readonly settings: MeetingSettingsSource;
  readonly documents: DocumentStoreFactory;
  readonly clipboard: Clipboard;
  readonly notifier: Notifier;
  readonly urlOpener: UrlOpener;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly events?: EventSink;
  readonly system?: SystemEvents;
  /** Where late answers (a join's "not found") are said. */
  readonly notices?: NoticeBoard;
  /** How long a join waits for Google before opening anyway; tests shorten it. */
  readonly lookupGraceMs?: number;
  /** Demo mode: where meeting links open instead of meet.google.com. */
  readonly meetingPage?: (meetingUri: string) => string;
  /** Creates per minute; the benchmark lifts it, everything else keeps Google's 10. */
  readonly createsPerMinute?: number;
  /** Where the create budget is recorded; shared by every process with a file-backed ledger, this process only without. */
  readonly createLedger?: CreateLedger;
}

/** The assembled feature: services others use, IPC handlers and lifecycle. */
export interface MeetingsFeature {
  readonly registry: LoadableMeetingRegistry;
  readonly instant: InstantMeetings;
  readonly pool: SparePool;
  readonly rooms: PersonalRooms;
  readonly handlers: HandlersFor<MeetingsChannel>;
  /**
   * Loads the registry and spares; with `refill: false` (a short-lived CLI command) no spare is
   * created or patched and no resume/online trigger is installed, so a command never leaves a
   * spaces.create behind. A spare can still be taken.
   */
  start(options?: { readonly refill?: boolean }): Promise<void>;
  stop(): void;
}

/** Builds registry, budget, spare pool and instant meetings, and wires their triggers. */
export function createMeetingsFeature(features: MeetingsFeatureDeps): MeetingsFeature {
  const deps = features.meetingPage ? { ...features, urlOpener: meetingPageUrlOpener(features.urlOpener, features.meetingPage) } : features;
  const registry = createDocumentMeetingRegistry(deps.documents(MEETINGS_DOCUMENT), deps.logger);
  const budget = new CreateBudget(deps.clock, deps.createsPerMinute ?? CREATES_PER_MINUTE, deps.createLedger);
  const creatorAccount = () => {
    const state = deps.auth.state();
    if (state.status !== 'signedIn' || !state.capabilities.includes('createSpaces')) return undefined;
    return state.email;
  };
  const pool = new SparePool({ ...deps, store: deps.documents(SPARE_SPACES_DOCUMENT), budget, creatorAccount });
  const rooms = createPersonalRooms(deps.documents(PERSONAL_ROOMS_DOCUMENT), deps.meet, registry);
  const instant = new InstantMeetings({ ...deps, registry, pool, budget, rooms });
  const handlers = createMeetingsHandlers({ ...deps, instant, registry });
  const unsubscribe: Array<() => void> = [];
  return {
    registry,
    instant,
    pool,
    rooms,
    handlers,
    async start(options = {}) {
      await Promise.all([registry.load(), pool.load()]);
      const events = deps.events;
      if (events) unsubscribe.push(registry.onChange((meetings) => events.emit('meetings.changed', meetings)));
      if (options.refill === false) return pool.stop();
      unsubscribe.push(deps.settings.onChange((settings) => pool.reconcile(settings)));
      unsubscribe.push(deps.auth.onChange(() => pool.reconcile(deps.settings.get())));
      if (deps.system) unsubscribe.push(deps.system.onOnlineChange((online) => online && pool.scheduleRefill()));
      if (deps.system) unsubscribe.push(deps.system.onResume(() => pool.scheduleRefill()));
      pool.reconcile(deps.settings.get());
    },
    stop() {
      for (const off of unsubscribe.splice(0)) off();
      pool.stop();
    },
  };
}
