import type { Handlers } from '../../shared/ipc/handlers';
import { AppError } from '../../shared/ipc/result';
import type { AppInfo } from '../../shared/model/app-info';
import { createAppHandlers } from './app/app-handlers';
import { createNoticeBoard } from './app/notice-board';
import type { Clipboard } from './ports/clipboard';
import type { Clock } from './ports/clock';
import type { DocumentStoreFactory } from './ports/document-store';
import type { EventSink } from './ports/event-sink';
import type { ExternalBrowser } from './ports/external-browser';
import type { Logger } from './ports/logger';
import type { MeetApi } from './ports/meet-api';
import type { Notifier } from './ports/notifier';
import type { SecretStore } from './ports/secret-store';
import type { SystemEvents } from './ports/system-events';

/** Everything the core needs from its host. Each host (Electron shell, browser bridge, CLI, tests) fills it. */
export interface CorePorts {
  readonly appInfo: Omit<AppInfo, 'demoMode'> & { readonly demoMode: boolean };
  readonly secrets: SecretStore;
  readonly clipboard: Clipboard;
  readonly browser: ExternalBrowser;
  readonly notifier: Notifier;
  readonly events: EventSink;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly documents: DocumentStoreFactory;
  readonly system: SystemEvents;
  readonly meet: MeetApi;
}

/** The running core: the IPC handler map plus lifecycle. */
export interface Core {
  readonly handlers: Handlers;
  start(): Promise<void>;
  stop(): Promise<void>;
}

const pending = (channel: string) => async (): Promise<never> => {
  throw new AppError('INTERNAL', `${channel} is not available in this build.`);
};

/** Builds the core from ports. Holds no behaviour of its own: each domain brings its handlers. */
export function createCore(ports: CorePorts): Core {
  const notices = createNoticeBoard(ports.events);
  const app = createAppHandlers({ info: ports.appInfo, notices });
  const handlers: Handlers = {
    ...app,
    'auth.getState': pending('auth.getState'),
    'auth.signIn': pending('auth.signIn'),
    'auth.cancelSignIn': pending('auth.cancelSignIn'),
    'auth.signOut': pending('auth.signOut'),
    'auth.requestCapability': pending('auth.requestCapability'),
    'meetings.createInstant': pending('meetings.createInstant'),
    'meetings.listRecent': pending('meetings.listRecent'),
    'meetings.copyLink': pending('meetings.copyLink'),
    'meetings.open': pending('meetings.open'),
    'meetings.join': pending('meetings.join'),
    'settings.get': pending('settings.get'),
    'settings.update': pending('settings.update'),
    'presets.save': pending('presets.save'),
    'presets.delete': pending('presets.delete'),
    'conference.listLive': pending('conference.listLive'),
    'conference.select': pending('conference.select'),
    'conference.end': pending('conference.end'),
    'conference.history': pending('conference.history'),
    'attendance.summary': pending('attendance.summary'),
    'attendance.export': pending('attendance.export'),
    'recordings.list': pending('recordings.list'),
    'recordings.open': pending('recordings.open'),
    'transcripts.export': pending('transcripts.export'),
  };
  return {
    handlers,
    async start() {},
    async stop() {},
  };
}
