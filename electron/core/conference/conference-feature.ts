import type { NoticeBoard } from '../app/notice-board';
import type { SystemEvents } from '../ports/system-events';
import { createRecordingsFeature, type RecordingsFeatureDeps } from '../recordings/recordings-feature';
import { createConferenceHandlers } from './conference-handlers';
import { ConferenceMonitor } from './conference-monitor';
import { followPowerAndNetwork } from '../polling/power-and-network';
import { systemTimers, type Timers } from '../ports/timers';

/** Everything the "during and after the meeting" features need from the core. */
export interface ConferenceFeatureDeps extends Omit<RecordingsFeatureDeps, 'timers' | 'random' | 'exportFolder'> {
  readonly system: SystemEvents;
  /** Where "stopped following" messages go. */
  readonly notices?: NoticeBoard;
  /** Current settings (read on each use, so changes apply at once). */
  readonly settings: () => { readonly notifyOnJoin: boolean; readonly transcriptFolder: string };
  readonly timers?: Timers;
  readonly random?: () => number;
  /** True while something must be watched although no meeting is recent (a personal room's doorbell). */
  readonly keepWatching?: () => boolean;
}

/**
 * Live conference, attendee list, ending, attendance, recordings and transcripts, wired together:
 * an ended conference triggers a recordings refresh; sleep and offline pause both pollers.
 */
export function createConferenceFeature(deps: ConferenceFeatureDeps) {
  const timers = deps.timers ?? systemTimers;
  const random = deps.random ?? Math.random;
  const exportFolder = () => deps.settings().transcriptFolder;
  const recordings = createRecordingsFeature({ ...deps, timers, random, exportFolder });
  const monitor = new ConferenceMonitor({
    ...deps,
    timers,
    random,
    notifyOnJoin: () => deps.settings().notifyOnJoin,
    onConferenceEnded: () => recordings.refresher.loop.pollNow(),
    onFollowLost: (conference, error) =>
      deps.notices?.post({
        id: `follow-lost:${conference.record}`,
        level: 'warning',
        message:
          `Stopped following ${conference.meetingCode ?? 'a meeting'}: ` +
          (error.code === 'NOT_FOUND' ? 'Google no longer knows this conference.' : 'this account may not see its participants.'),
      }),
  });
  const handlers = {
    ...createConferenceHandlers({ ...deps, monitor, cache: recordings.cache, exportFolder }),
    ...recordings.handlers,
  };
  const stops: Array<() => void> = [];
  return {
    handlers,
    /** Head-count for the tray: `headCount()` and `onHeadCountChange(listener)`. */
    headCount: monitor as Pick<ConferenceMonitor, 'headCount' | 'onHeadCountChange'>,
    /** The newest recordings for the tray menu, from memory. */
    recentRecordings: recordings.recent,
    monitor,
    recordings,
    /** Another account is shown: nothing followed or polled for the previous one survives. */
    resetAccount: () => monitor.resetAccount(),
    /** Wire to `onWindowVisible` of the app handlers. */
    setWindowVisible: (visible: boolean) => {
      monitor.setWindowVisible(visible);
      // Showing the window also re-checks recordings still being processed, so what the user sees is current.
      if (visible && recordings.refresher.hasPendingWork()) recordings.refresher.loop.pollNow();
    },
    async start(): Promise<void> {
      stops.push(
        followPowerAndNetwork(deps.system, [monitor.loop, recordings.refresher.loop]),
        deps.registry.onChange(() => monitor.wake()),
        deps.auth.onChange(() => {
          monitor.wake();
          recordings.refresher.loop.pollNow();
        }),
      );
      await recordings.start();
      monitor.wake();
    },
    stop(): void {
      stops.splice(0).forEach((stop) => stop());
      monitor.loop.stop();
      recordings.stop();
    },
  };
}

/** The running feature. */
export type ConferenceFeature = ReturnType<typeof createConferenceFeature>;
