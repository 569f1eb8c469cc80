import type { EventChannel, EventOf } from '../../shared/ipc/contract';
import type { Handlers, RequestContext } from '../../shared/ipc/handlers';
import { AppError, type AppErrorInfo } from '../../shared/ipc/result';
import type { AuthState } from '../../shared/model/auth-state';
import type { Artifact } from '../../shared/model/artifact';
import type { Meeting } from '../../shared/model/meeting';
import type { Preset } from '../../shared/model/preset';
import type { Logger } from '../core/ports/logger';
import { parseRecordingsMenuId, recordingsMenuSection } from '../core/recordings/recordings-menu';
import { buildTrayModel, parseTrayCommand, type TrayCommand, type TrayModel } from '../core/tray/tray-model';

export interface TrayControllerDeps {
  readonly handlers: Handlers;
  readonly demoMode: boolean;
  readonly draw: (model: TrayModel) => void;
  readonly revealWindow: () => void;
  readonly quit: () => void;
  readonly logger: Logger;
}

/** Keeps the tray's state from the core's pushes and turns clicks into channel calls. */
export interface TrayController {
  /** Left click and global shortcut: a new meeting with the default preset; ignored while one is in flight. */
  newMeeting(presetId?: string): void;
  /** A menu click, by item id. */
  runMenuItem(id: string): void;
  /** Feeds a core push; the tray redraws from auth, settings and registry changes. */
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
  // Head-count of the followed live conference; undefined when none is live.
  let headCount: number | undefined;
  let artifacts: ReadonlyArray<Artifact> = [];
  const draw = () =>
    deps.draw(
      buildTrayModel({
        auth,
        presets,
        recent,
        creating,
        lastError,
        demoMode: deps.demoMode,
        extensions: { ...(headCount === undefined ? {} : { headCount }), sections: [recordingsMenuSection(artifacts)] },
      }),
    );
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
        return deps.revealWindow();
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
      else if (event === 'attendees.changed') headCount = (payload as EventOf<'attendees.changed'>).presentCount;
      else if (event === 'conference.liveChanged') headCount = (payload as EventOf<'conference.liveChanged'>).length > 0 ? headCount : undefined;
      else if (event === 'recordings.changed') artifacts = payload as EventOf<'recordings.changed'>;
      else return;
      draw();
    },
    async refresh() {
      await attempt('refresh', async () => {
        auth = await h['auth.getState']({}, TRAY);
        presets = (await h['settings.get']({}, TRAY)).presets;
        recent = await h['meetings.listRecent']({}, TRAY);
        artifacts = await h['recordings.list']({}, TRAY);
      });
    },
  };
  return controller;
}
