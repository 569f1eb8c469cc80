import type { Handlers } from '../../shared/ipc/handlers';
import type { AppInfo } from '../../shared/model/app-info';
import { createAppHandlers } from './app/app-handlers';
import { keptDocuments } from './app/kept-documents';
import { createNoticeBoard, type NoticeBoard } from './app/notice-board';
import { accountOf, accountScopedDocuments } from './auth/account-documents';
import { createAuthHandlers } from './auth/auth-handlers';
import type { AuthService } from './auth/auth-service';
import { createAuth } from './auth/create-auth';
import { BASE_SCOPES, PUBSUB_SCOPE } from './auth/scopes';
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
import type { PubSubApi } from './ports/pub-sub-api';
import type { WorkspaceEventsApi } from './ports/workspace-events-api';
import type { Notifier } from './ports/notifier';
import type { OAuthClient } from './ports/oauth-client';
import type { RedirectListener } from './ports/redirect-listener';
import type { SecretStore } from './ports/secret-store';
import type { SettingsFile } from './ports/settings-file';
import type { SystemEvents } from './ports/system-events';
import { systemTimers, type Timers } from './ports/timers';
import { createConferenceFeature, type ConferenceFeature } from './conference/conference-feature';
import { createAfterCallFeature, type AfterCallFeature } from './recap/after-call-feature';
import { RECAPS_DOCUMENT } from './recap/recap-store';
import { endConference } from './conference/end-conference';
import { createLiveMeetingFeature, type LiveMeetingFeature } from './live/live-meeting-feature';
import { MEETING_PLANS_DOCUMENT } from './live/meeting-plans';
import { createOwnIdentity } from './live/own-identity';
import { PERSONAL_ROOMS_DOCUMENT } from './meetings/personal-rooms';
import { createMeetingsFeature, MEETINGS_DOCUMENT, SPARE_SPACES_DOCUMENT, type MeetingsFeature } from './meetings/meetings-feature';
import { createRecordingsFeature, RECORDINGS_DOCUMENT, type RecordingsFeature } from './recordings/recordings-feature';
import { createPushFeature, type PushFeature } from './push/push-feature';
import { PUSH_DOCUMENT } from './push/push-record';
import { unavailablePush } from './push/unavailable-push';
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
  /** Workspace Events and Pub/Sub on the same tokens, for instant updates (absent: push stays off). */
  readonly workspaceEvents?: (tokens: AccessTokenSource) => WorkspaceEventsApi;
  readonly pubsub?: (tokens: AccessTokenSource) => PubSubApi;
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
  /** Demo mode only: the emulator's Cloud project, where instant updates are turned on at the first start. */
  readonly demoPushProject?: string;
  /** Cached transcripts and their search index: a folder of their own, where large files are allowed. The main documents without one. */
  readonly transcriptDocuments?: DocumentStoreFactory;
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
  readonly recordings: RecordingsFeature;
  readonly afterCall: AfterCallFeature;
  readonly live: LiveMeetingFeature;
  readonly notices: NoticeBoard;
  readonly push: PushFeature;
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
  // The demo's consent page asks for Pub/Sub too, so its instant updates work from the first sign-in.
  const auth = createAuth({ ...ports, documents: kept }, notices, ports.demoPushProject ? { signInScopes: [...BASE_SCOPES, PUBSUB_SCOPE] } : {});
  const settings = createSettingsStore({ file: ports.settingsFile, notices, events: ports.events, clock: ports.clock, logger: ports.logger });
  // Meetings, spare spaces and recordings belong to one account: each account reads and writes its own copy.
  const documents = accountScopedDocuments(kept, () => accountOf(auth.state()), [
    MEETINGS_DOCUMENT,
    SPARE_SPACES_DOCUMENT,
    RECORDINGS_DOCUMENT,
    PUSH_DOCUMENT,
    RECAPS_DOCUMENT,
    PERSONAL_ROOMS_DOCUMENT,
    MEETING_PLANS_DOCUMENT,
  ]);
  const meet = ports.meet(auth);
  const meetings = createMeetingsFeature({ ...ports, meet, documents, auth, settings, notices });
  const common = { meet, documents, auth, registry: meetings.registry, timers: systemTimers, random: Math.random };
  const recordings = createRecordingsFeature({ ...ports, ...common, exportFolder: () => settings.get().transcriptFolder });
  // A personal room is watched (its doorbell) even when no meeting is recent; the live feature knows the rooms.
  // (`live` is read only once polling runs, after both are built.)
  const conference = createConferenceFeature({ ...ports, ...common, recordings, notices, settings: () => settings.get(), keepWatching: () => live.watching() });
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
  const push = createPushFeature({
    ...ports,
    ...(ports.pubsub && ports.workspaceEvents ? { pubsub: ports.pubsub(auth), workspaceEvents: ports.workspaceEvents(auth) } : unavailablePush),
    meet,
    auth,
    settings,
    documents,
    registry: meetings.registry,
    monitor: conference.monitor,
    setPushHealthy: (healthy) => {
      conference.monitor.setPushHealthy(healthy);
      recordings.refresher.setPushHealthy(healthy);
    },
    refreshRecordings: recordings.refreshNow,
    timers: systemTimers,
    random: Math.random,
    userId: async () => (await ports.oauth.userInfo(await auth.accessToken())).sub,
    ...(ports.demoPushProject ? { demoProject: ports.demoPushProject } : {}),
  });
  const transcriptFiles = ports.transcriptDocuments ?? ports.documents;
  const afterCall = createAfterCallFeature({
    ...ports,
    meet,
    monitor: conference.monitor,
    recordings,
    documents,
    transcriptDocuments: keptDocuments(transcriptFiles, { notices, clock: ports.clock, logger: ports.logger }),
    indexDocuments: transcriptFiles,
    account: () => accountOf(auth.state()),
  });
  const app = createAppHandlers({ info: ports.appInfo, notices, onWindowVisible: conference.setWindowVisible });
  const handlers: Handlers = {
    ...app,
    ...createAuthHandlers(auth),
    ...meetings.handlers,
    ...createSettingsHandlers(settings, ports.files),
    ...conference.handlers,
    ...recordings.handlers,
    ...push.handlers,
    ...afterCall.handlers,
    ...live.handlers,
  };
  const stopHostNotices = ports.hostNotices?.subscribe((notice) => notices.post(notice)) ?? (() => undefined);
  let stopOnResume: () => void = () => undefined;
  let stopOnSwitch: () => void = () => undefined;
  return {
    handlers,
    services: { auth, settings, meetings, conference, recordings, afterCall, live, notices, push },
    async start(options = {}) {
      await settings.load();
      await auth.restore();
      await meetings.start({ refill: options.background !== false });
      if (options.background !== false) {
        await recordings.start();
        live.start();
        await conference.start();
        await push.start();
      }
      await afterCall.start(options.background !== false);
      // After sleep the access token may be stale: renew it before the first call, not on a 401.
      stopOnResume = ports.system.onResume(() => void auth.ensureFresh().catch(() => undefined));
      // Another account signed in (or this one signed out): show that account's meetings and recordings.
      stopOnSwitch = auth.onAccountSwitch(() => {
        conference.resetAccount();
        Promise.all([meetings.registry.load(), recordings.reload(), afterCall.reload()]).catch((error: unknown) =>
          ports.logger.warn('account data not reloaded', { reason: error instanceof Error ? error.message : 'unknown' }),
        );
      });
    },
    async stop() {
      stopHostNotices();
      stopOnResume();
      stopOnSwitch();
      live.stop();
      push.stop();
      conference.stop();
      recordings.stop();
      afterCall.stop();
      meetings.stop();
      auth.dispose();
      // Hosts exit right after stop(): the registry, spare pool and cache writes queued so far must land first.
      await afterCall.idle();
      await ports.documents.flush?.();
      await ports.transcriptDocuments?.flush?.();
    },
  };
}
