import type { InProcessApi } from '../../../shared/ipc/quickmeet-api';
import { AppError, type AppErrorInfo } from '../../../shared/ipc/result';
import type { AuthState } from '../../../shared/model/auth-state';
import type { Artifact } from '../../../shared/model/artifact';
import type { Meeting } from '../../../shared/model/meeting';
import type { Preset } from '../../../shared/model/preset';
import type { LiveMeeting } from '../../../shared/model/live-meeting';
import { clockText } from '../live/meeting-clock';
import type { HeadCountSource } from '../attendees/head-count';
import type { Logger } from '../ports/logger';
import { parseRecordingsMenuId, RECORDINGS_MENU_LIMIT, recordingsMenuSection } from './recordings-menu';
import { buildTrayModel, parseTrayCommand, type TrayCommand, type TrayModel } from './tray-model';

/** What the controller needs: the contract and its pushes, the core's in-memory head-count and recordings, and the shell's drawing. */
export interface TrayControllerDeps {
  /** The contract under the tray's own sender id: calls and pushes as the window has them. */
  readonly api: InProcessApi;
  /** The core's head-count (`services.conference.headCount`): the one source, so the tray cannot drift from it. */
  readonly headCount: HeadCountSource;
  /** The newest artifacts from the core's recordings cache (`services.recordings.recent`). */
  readonly recentRecordings: (limit: number) => ReadonlyArray<Artifact>;
  readonly demoMode: boolean;
  /** Where the meeting clock goes (the platform policy's `tray.meetingClock`); the tooltip when omitted. */
  readonly meetingClock?: 'title' | 'tooltip';
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
  /** Reads the current state once (at start). */
  refresh(): Promise<void>;
}

/** Builds the controller; every call goes through the contract, errors end up in the tooltip; it redraws on auth, settings, registry and recordings pushes. */
export function createTrayController(deps: TrayControllerDeps): TrayController {
  const api = deps.api;
  let auth: AuthState = { status: 'signedOut' };
  let presets: ReadonlyArray<Preset> = [];
  let recent: ReadonlyArray<Meeting> = [];
  let creating = false;
  let meeting: LiveMeeting | null = null;
  let lastError: AppErrorInfo | undefined;
  const draw = () => {
    // People in the followed conference; none is followed when nothing runs or the user has to pick.
    const live = deps.headCount.headCount();
    const headCount = live.conference ? { headCount: live.presentCount } : {};
    const sections = [recordingsMenuSection(deps.recentRecordings(RECORDINGS_MENU_LIMIT))];
    const clock = meeting && live.conference?.record === meeting.record
      ? { meeting: { clock: clockText(meeting.elapsedMinutes), over: meeting.phase === 'over', badges: meeting.badges } }
      : {};
    deps.draw(
      buildTrayModel({
        auth, presets, recent, creating, lastError, demoMode: deps.demoMode, meetingClock: deps.meetingClock ?? 'tooltip',
        extensions: { ...headCount, ...clock, sections },
      }),
    );
  };
  deps.headCount.onHeadCountChange(draw);
  const redraw =
    <T>(keep: (payload: T) => void) =>
    (payload: T) => {
      keep(payload);
      draw();
    };
  api.on('auth.changed', redraw((state) => (auth = state)));
  api.on('meetings.changed', redraw((meetings) => (recent = meetings)));
  api.on('settings.changed', redraw((settings) => (presets = settings.presets)));
  api.on('recordings.changed', redraw(() => undefined));
  api.on('live.changed', redraw((next) => (meeting = next)));
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
        if (recent[0]) void attempt('copyLastLink', () => api.meetings.copyLink({ space: recent[0]!.space }));
        return;
      case 'copyMeeting':
        return void attempt('copyMeeting', () => api.meetings.copyLink({ space: command.space }));
      case 'openMeeting':
        return void attempt('openMeeting', () => api.meetings.open({ space: command.space }));
      case 'signIn':
        return void attempt('signIn', () => api.auth.signIn());
      case 'signOut':
        return void attempt('signOut', () => api.auth.signOut());
      case 'copyRecordingNotice':
        return void attempt('copyRecordingNotice', () => api.live.copy({ what: 'recording' }));
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
          await api.meetings.createInstant(presetId === undefined ? {} : { presetId });
        } finally {
          creating = false;
        }
      });
    },
    runMenuItem(id) {
      const recording = parseRecordingsMenuId(id);
      if (recording !== undefined) return void attempt('openRecording', () => api.recordings.open({ name: recording }));
      const command = parseTrayCommand(id);
      if (command) run(command);
    },
    async refresh() {
      await attempt('refresh', async () => {
        auth = await api.auth.getState();
        presets = (await api.settings.get()).presets;
        recent = await api.meetings.listRecent();
      });
    },
  };
  return controller;
}
