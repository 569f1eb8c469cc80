import type { AuthSession } from '../auth/auth-session';
import type { NoticeBoard } from '../app/notice-board';
import type { MeetingRegistry } from '../meetings/meeting-registry';
import type { Clipboard } from '../ports/clipboard';
import type { Clock } from '../ports/clock';
import type { EventSink } from '../ports/event-sink';
import type { FileWriter } from '../ports/file-writer';
import type { Logger } from '../ports/logger';
import type { MeetApi } from '../ports/meet-api';
import type { Notifier } from '../ports/notifier';
import type { SystemEvents } from '../ports/system-events';
import type { Timers } from '../ports/timers';
import type { RecordingsFeature } from '../recordings/recordings-feature';
import { createConferenceHandlers } from './conference-handlers';
import { ConferenceMonitor } from './conference-monitor';
import { followPowerAndNetwork } from '../polling/power-and-network';

/** Everything the "during and after the meeting" features need from the core. */
export interface ConferenceFeatureDeps {
  readonly meet: MeetApi;
  readonly registry: MeetingRegistry;
  readonly auth: AuthSession;
  readonly events: EventSink;
  readonly notifier: Notifier;
  readonly clipboard: Clipboard;
  readonly files: FileWriter;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly system: SystemEvents;
  readonly timers: Timers;
  readonly random: () => number;
  /** The recordings feature (built beside this one in create-core): its cache names past conferences, and an ended conference refreshes it. */
  readonly recordings: Pick<RecordingsFeature, 'cache' | 'refreshNow' | 'refreshIfPending'>;
  /** Where "stopped following" messages go. */
  readonly notices?: NoticeBoard;
  /** Current settings (read on each use, so changes apply at once). */
  readonly settings: () => { readonly notifyOnJoin: boolean; readonly transcriptFolder: string };
  /** True while something must be watched although no meeting is recent (a personal room's doorbell). */
  readonly keepWatching?: () => boolean;
}

/**
 * Live conference, attendee list, ending and attendance, wired together: an ended conference
 * triggers a recordings refresh; sleep and offline pause the poller.
 */
export function createConferenceFeature(deps: ConferenceFeatureDeps) {
  const { recordings } = deps;
  const exportFolder = () => deps.settings().transcriptFolder;
  const monitor = new ConferenceMonitor({
    ...deps,
    notifyOnJoin: () => deps.settings().notifyOnJoin,
    onConferenceEnded: () => recordings.refreshNow(),
    onFollowLost: (conference, error) =>
      deps.notices?.post({
        id: `follow-lost:${conference.record}`,
        level: 'warning',
        message:
          `Stopped following ${conference.meetingCode ?? 'a meeting'}: ` +
          (error.code === 'NOT_FOUND' ? 'Google no longer knows this conference.' : 'this account may not see its participants.'),
      }),
  });
  const handlers = createConferenceHandlers({ ...deps, monitor, cache: recordings.cache, exportFolder });
  const stops: Array<() => void> = [];
  return {
    handlers,
    /** Head-count for the tray: `headCount()` and `onHeadCountChange(listener)`. */
    headCount: monitor as Pick<ConferenceMonitor, 'headCount' | 'onHeadCountChange'>,
    monitor,
    /** Another account is shown: nothing followed or polled for the previous one survives. */
    resetAccount: () => monitor.resetAccount(),
    /** Wire to `onWindowVisible` of the app handlers. */
    setWindowVisible: (visible: boolean) => {
      monitor.setWindowVisible(visible);
      // Showing the window also re-checks recordings still being processed, so what the user sees is current.
      if (visible) recordings.refreshIfPending();
    },
    async start(): Promise<void> {
      stops.push(
        followPowerAndNetwork(deps.system, [monitor.loop]),
        deps.registry.onChange(() => monitor.wake()),
        deps.auth.onChange(() => monitor.wake()),
      );
      monitor.wake();
    },
    stop(): void {
      stops.splice(0).forEach((stop) => stop());
      monitor.loop.stop();
    },
  };
}

/** The running feature. */
export type ConferenceFeature = ReturnType<typeof createConferenceFeature>;
