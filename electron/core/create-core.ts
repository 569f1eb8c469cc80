import type { Handlers } from '../../shared/ipc/handlers';
import type { AppInfo } from '../../shared/model/app-info';
import { createAppHandlers } from './app/app-handlers';
import { keptDocuments } from './app/kept-documents';
import { createNoticeBoard, type NoticeBoard } from './app/notice-board';
import { accountOf, accountScopedDocuments } from './auth/account-documents';
import { createAuthHandlers } from './auth/auth-handlers';
import type { AuthService } from './auth/auth-service';
import { createAuth } from './auth/create-auth';
import type { AccessTokenSource } from './ports/access-token';
import type { Clipboard } from './ports/clipboard';
import type { Clock } from './ports/clock';
import type { DocumentStoreFactory } from './ports/document-store';
import type { EventSink } from './ports/event-sink';
import type { UrlOpener } from './ports/url-opener';
import type { FileWriter } from './ports/file-writer';
import type { CreateLedger } from './ports/create-ledger';
import type { HostNotices } from './ports/host-notices';
import type { Logger } from './ports/logger';
import type { MeetApi } from './ports/meet-api';
import type { Notifier } from './ports/notifier';
import type { OAuthClient } from './ports/oauth-client';
import type { RedirectListener } from './ports/redirect-listener';
import type { SecretStore } from './ports/secret-store';
import type { SettingsFile } from './ports/settings-file';
import type { SystemEvents } from './ports/system-events';
import { createConferenceFeature, type ConferenceFeature } from './conference/conference-feature';
import { endConference } from './conference/end-conference';
import { createLiveMeetingFeature, type LiveMeetingFeature } from './live/live-meeting-feature';
import { MEETING_PLANS_DOCUMENT } from './live/meeting-plans';
import { createOwnIdentity } from './live/own-identity';
import { PERSONAL_ROOMS_DOCUMENT } from './meetings/personal-rooms';
import { systemTimers, type Timers } from './ports/timers';
import { createMeetingsFeature, MEETINGS_DOCUMENT, SPARE_SPACES_DOCUMENT, type MeetingsFeature } from './meetings/meetings-feature';
import { RECORDINGS_DOCUMENT } from './recordings/recordings-feature';
import { createSettingsHandlers } from './settings/settings-handlers';
import { createSettingsStore, type SettingsStore } from './settings/settings-store';

/** Everything the core needs from its host. Each host (Electron shell, browser bridge, CLI, tests) fills it. */
export interface CorePorts {
  readonly appInfo: Omit<AppInfo, 'demoMode'> & { readonly demoMode: boolean };
  readonly secrets: SecretStore;
  readonly clipboard: Clipboard;
  readonly urlOpener: UrlOpener;
  readonly notifier: Notifier;
  readonly events: EventSink;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly documents: DocumentStoreFactory;
  readonly system: SystemEvents;
  /** Builds the Meet client on the core's access tokens: the core is the only place that refreshes them. */
  readonly meet: (tokens: AccessTokenSource) => MeetApi;
  /** Google's OAuth endpoints (the emulator's in demo mode). */
  readonly oauth: OAuthClient;
  /** The loopback listener a sign-in flow waits on. */
  readonly redirectListener: RedirectListener;
  /** The settings file (conf in Node hosts, electron-store in the shell). */
  readonly settingsFile: SettingsFile;
  /** Where exports (transcripts, attendance CSV) are written. */
  readonly files: FileWriter;
  /** The create budget's record, shared by every Quickmeet process of this user; in memory without one. */
  readonly createLedger?: CreateLedger;
  /** Problems the host found with its own files (the demo's Google state), shown as notices. */
  readonly hostNotices?: HostNotices;
  /** Demo mode only: the page a meeting link opens instead of meet.google.com (the emulator's demo meeting). */
  readonly meetingPage?: (meetingUri: string) => string;
  /** The clock and timers of the meeting clock and hard stop; the system's unless a test moves time itself. */
  readonly meetingTime?: { readonly clock: Clock; readonly timers: Timers };
}

/** Domain services, for hosts that act outside IPC: the tray, the global shortcut, the CLI. */
export interface CoreServices {
  readonly auth: AuthService;
  readonly settings: SettingsStore;
  readonly meetings: MeetingsFeature;
  readonly conference: ConferenceFeature;
  readonly live: LiveMeetingFeature;
  readonly notices: NoticeBoard;
}

/** The running core: the IPC handler map, the services behind it, and lifecycle. */
export interface Core {
  readonly handlers: Handlers;
  readonly services: CoreServices;
  /** `background: false` (the CLI) skips conference polling and the recordings refresh. */
  start(options?: { readonly background?: boolean }): Promise<void>;
  /** Stops timers and listeners, then waits for the document writes already queued. */
  stop(): Promise<void>;
}

/** Builds the core from ports. Holds no behaviour of its own: each domain brings its handlers. */
export function createCore(ports: CorePorts): Core {
  const notices = createNoticeBoard(ports.events);
  // Every data file under one policy: damaged files set aside, unwritable ones kept in memory, one notice each.
  const kept = keptDocuments(ports.documents, { notices, clock: ports.clock, logger: ports.logger });
  const auth = createAuth({ ...ports, documents: kept }, notices);
  const settings = createSettingsStore({ file: ports.settingsFile, notices, events: ports.events, clock: ports.clock, logger: ports.logger });
  // Meetings, spare spaces and recordings belong to one account: each account reads and writes its own copy.
  const documents = accountScopedDocuments(kept, () => accountOf(auth.state()), [
    MEETINGS_DOCUMENT,
    SPARE_SPACES_DOCUMENT,
    RECORDINGS_DOCUMENT,
    PERSONAL_ROOMS_DOCUMENT,
    MEETING_PLANS_DOCUMENT,
  ]);
  const meet = ports.meet(auth);
  const meetings = createMeetingsFeature({ ...ports, meet, documents, auth, settings, notices });
  // A personal room is watched (its doorbell) even when no meeting is recent; the live feature knows the rooms.
  // (`live` is read only once polling runs, after both are built.)
  const conference = createConferenceFeature({
    ...ports, meet, documents, auth, notices, registry: meetings.registry, settings: () => settings.get(), keepWatching: () => live.watching(),
  });
  const live: LiveMeetingFeature = createLiveMeetingFeature({
    ...ports,
    ...(ports.meetingTime ?? { timers: systemTimers }),
    meet, documents, auth, settings, notices,
    monitor: conference.monitor,
    registry: meetings.registry,
    rooms: meetings.rooms,
    identity: createOwnIdentity(ports.oauth, auth),
    openMeeting: async (space) => void (await meetings.handlers['meetings.open']({ space }, { senderId: 'doorbell' })),
    endConference: (space) => endConference(meet, meetings.registry, space),
  });
  const app = createAppHandlers({ info: ports.appInfo, notices, onWindowVisible: conference.setWindowVisible });
  const handlers: Handlers = {
    ...app,
    ...createAuthHandlers(auth),
    ...meetings.handlers,
    ...createSettingsHandlers(settings, ports.files),
    ...conference.handlers,
    ...live.handlers,
  };
  const stopHostNotices = ports.hostNotices?.subscribe((notice) => notices.post(notice)) ?? (() => undefined);
  let stopOnResume: () => void = () => undefined;
  let stopOnSwitch: () => void = () => undefined;
  return {
    handlers,
    services: { auth, settings, meetings, conference, live, notices },
    async start(options = {}) {
      await settings.load();
      await auth.restore();
      await meetings.start({ refill: options.background !== false });
      if (options.background !== false) {
        live.start();
        await conference.start();
      }
      // After sleep the access token may be stale: renew it before the first call, not on a 401.
      stopOnResume = ports.system.onResume(() => void auth.ensureFresh().catch(() => undefined));
      // Another account signed in (or this one signed out): show that account's meetings and recordings.
      stopOnSwitch = auth.onAccountSwitch(() => {
        conference.resetAccount();
        Promise.all([meetings.registry.load(), conference.recordings.reload()]).catch((error: unknown) =>
          ports.logger.warn('account data not reloaded', { reason: error instanceof Error ? error.message : 'unknown' }),
        );
      });
    },
    async stop() {
      stopHostNotices();
      stopOnResume();
      stopOnSwitch();
      live.stop();
      conference.stop();
      meetings.stop();
      auth.dispose();
      // Hosts exit right after stop(): the registry, spare pool and cache writes queued so far must land first.
      await ports.documents.flush?.();
    },
  };
}
