import type { EventChannel, EventOf } from '../../../shared/ipc/contract';
import type { Handlers, RequestContext } from '../../../shared/ipc/handlers';
import { AppError, type AppErrorInfo } from '../../../shared/ipc/result';
import type { AuthState } from '../../../shared/model/auth-state';
import type { Artifact } from '../../../shared/model/artifact';
import type { Meeting } from '../../../shared/model/meeting';
import type { Preset } from '../../../shared/model/preset';
import type { HeadCountSource } from '../attendees/head-count';
import type { Logger } from '../ports/logger';
import { parseRecordingsMenuId, RECORDINGS_MENU_LIMIT, recordingsMenuSection } from '../recordings/recordings-menu';
import { buildTrayModel, parseTrayCommand, type TrayCommand, type TrayModel } from './tray-model';

/** What the controller needs: the core's handlers and its in-memory head-count and recordings, and the shell's drawing. */
export interface TrayControllerDeps {
  readonly handlers: Handlers;
  /** The core's head-count (`services.conference.headCount`): the one source, so the tray cannot drift from it. */
  readonly headCount: HeadCountSource;
  /** The newest artifacts from the core's recordings cache (`services.conference.recentRecordings`). */
  readonly recentRecordings: (limit: number) => ReadonlyArray<Artifact>;
  readonly demoMode: boolean;
  readonly draw: (model: TrayModel) => void;
  readonly revealWindow: () => void;
  /** Opens the folder holding the log files. */
  readonly showLogs: () => void;
  /** Shows the app's name and version. */
  readonly showAbout: () => void;
  readonly quit: () => void;
  readonly logger: Logger;
}

/** Keeps the tray's state from the core's pushes and turns clicks into channel calls. */
export interface TrayController {
  /** Left click and global shortcut: a new meeting with the default preset; ignored while one is in flight. */
  newMeeting(presetId?: string): void;
  /** A menu click, by item id. */
  runMenuItem(id: string): void;
  /** Feeds a core push; the tray redraws from auth, settings, registry and recordings changes. */
  observe<E extends EventChannel>(event: E, payload: EventOf<E>): void;
  /** Reads the current state once (at start). */
  refresh(): Promise<void>;
}

const TRAY: RequestContext = { senderId: 'tray' };

/** Builds the controller; every call goes through the core's handlers, errors end up in the tooltip. */
export function createTrayController(deps: TrayControllerDeps): TrayController {
  const h = deps.handlers;
  let auth: AuthState = { status: 'signedOut' };
  let presets: ReadonlyArray<Preset> = [];
  let recent: ReadonlyArray<Meeting> = [];
  let creating = false;
  let lastError: AppErrorInfo | undefined;
  const draw = () => {
    // People in the followed conference; none is followed when nothing runs or the user has to pick.
    const live = deps.headCount.headCount();
    const headCount = live.conference ? { headCount: live.presentCount } : {};
    const sections = [recordingsMenuSection(deps.recentRecordings(RECORDINGS_MENU_LIMIT))];
    deps.draw(buildTrayModel({ auth, presets, recent, creating, lastError, demoMode: deps.demoMode, extensions: { ...headCount, sections } }));
  };
  deps.headCount.onHeadCountChange(draw);
  const attempt = async (what: string, call: () => Promise<unknown>) => {
    try {
      await call();
      lastError = undefined;
    } catch (error) {
      lastError = error instanceof AppError ? error.toInfo() : { code: 'INTERNAL', message: 'Something went wrong inside Quickmeet.' };
      deps.logger.warn('tray action failed', { action: what, code: lastError.code });
    }
    draw();
  };
  const run = (command: TrayCommand): void => {
    switch (command.type) {
      case 'newMeeting':
        return controller.newMeeting(command.presetId);
      case 'copyLastLink':
        if (recent[0]) void attempt('copyLastLink', () => h['meetings.copyLink']({ space: recent[0]!.space }, TRAY));
        return;
      case 'copyMeeting':
        return void attempt('copyMeeting', () => h['meetings.copyLink']({ space: command.space }, TRAY));
      case 'openMeeting':
        return void attempt('openMeeting', () => h['meetings.open']({ space: command.space }, TRAY));
      case 'signIn':
        return void attempt('signIn', () => h['auth.signIn']({}, TRAY));
      case 'signOut':
        return void attempt('signOut', () => h['auth.signOut']({}, TRAY));
      case 'joinByCode':
      case 'openSettings':
      case 'openWindow':
        return deps.revealWindow();
      case 'showLogs':
        return deps.showLogs();
      case 'about':
        return deps.showAbout();
      case 'quit':
        return deps.quit();
    }
  };
  const controller: TrayController = {
    newMeeting(presetId) {
      if (creating) return;
      creating = true;
      draw();
      void attempt('newMeeting', async () => {
        try {
          await h['meetings.createInstant'](presetId === undefined ? {} : { presetId }, TRAY);
        } finally {
          creating = false;
        }
      });
    },
    runMenuItem(id) {
      const recording = parseRecordingsMenuId(id);
      if (recording !== undefined) return void attempt('openRecording', () => h['recordings.open']({ name: recording }, TRAY));
      const command = parseTrayCommand(id);
      if (command) run(command);
    },
    observe(event, payload) {
      if (event === 'auth.changed') auth = payload as EventOf<'auth.changed'>;
      else if (event === 'meetings.changed') recent = payload as EventOf<'meetings.changed'>;
      else if (event === 'settings.changed') presets = (payload as EventOf<'settings.changed'>).presets;
      else if (event !== 'recordings.changed') return;
      draw();
    },
    async refresh() {
      await attempt('refresh', async () => {
        auth = await h['auth.getState']({}, TRAY);
        presets = (await h['settings.get']({}, TRAY)).presets;
        recent = await h['meetings.listRecent']({}, TRAY);
      });
    },
  };
  return controller;
}
