import { createListeners } from '../../../shared/events/listeners';
import type { Artifact } from '../../../shared/model/artifact';
import type { AuthSession } from '../auth/auth-session';
import type { Timers } from '../ports/timers';
import type { MeetingRegistry } from '../meetings/meeting-registry';
import type { Clipboard } from '../ports/clipboard';
import type { Clock } from '../ports/clock';
import type { DocumentStoreFactory } from '../ports/document-store';
import type { EventSink } from '../ports/event-sink';
import type { UrlOpener } from '../ports/url-opener';
import type { FileWriter } from '../ports/file-writer';
import type { Logger } from '../ports/logger';
import type { MeetApi } from '../ports/meet-api';
import type { Notifier } from '../ports/notifier';
import type { SystemEvents } from '../ports/system-events';
import { followPowerAndNetwork } from '../polling/power-and-network';
import { openArtifact } from './open-artifact';
import { notifyReady } from './ready-notifications';
import { RecordingsCache } from './recordings-cache';
import { createRecordingsHandlers } from './recordings-handlers';
import { RecordingsRefresher } from './recordings-refresher';
import { TranscriptReader } from './transcript-reader';

/** The document that holds the cache in the app-data folder. */
export const RECORDINGS_DOCUMENT = 'recordings-cache';

/** What the recordings feature needs. */
export interface RecordingsFeatureDeps {
  readonly meet: MeetApi;
  readonly registry: MeetingRegistry;
  readonly auth: AuthSession;
  readonly documents: DocumentStoreFactory;
  readonly events: EventSink;
  readonly notifier: Notifier;
  readonly urlOpener: UrlOpener;
  readonly clipboard: Clipboard;
  readonly files: FileWriter;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly system: SystemEvents;
  readonly timers: Timers;
  readonly random: () => number;
  readonly exportFolder: () => string;
}

/** The recent-recordings cache, its background refresh, transcript export and ready notifications. */
export function createRecordingsFeature(deps: RecordingsFeatureDeps) {
  const cache = new RecordingsCache(deps.documents(RECORDINGS_DOCUMENT));
  let pushed = '';
  const refreshed = createListeners();
  const transcripts = new TranscriptReader(deps.meet);
  const open = (artifact: Artifact) =>
    void openArtifact(deps.urlOpener, cache.artifact(artifact.name) ?? artifact).catch((error: unknown) =>
      deps.logger.warn('could not open artifact', { reason: error instanceof Error ? error.message : 'unknown' }),
    );
  const refresher = new RecordingsRefresher({
    ...deps,
    cache,
    onRefreshed: (ready) => {
      const snapshot = JSON.stringify(cache.artifacts());
      if (snapshot !== pushed) {
        pushed = snapshot;
        deps.events.emit('recordings.changed', cache.artifacts());
      }
      notifyReady(deps.notifier, ready, open);
      refreshed.emit();
    },
  });
  const handlers = createRecordingsHandlers({ ...deps, cache, transcripts });
  const stops: Array<() => void> = [];
  return {
    handlers,
    cache,
    refresher,
    /** Reads transcript entries with speakers resolved, cached in memory. */
    transcripts,
    /** Told after each refresh of the cache. */
    onRefreshed: refreshed.add,
    /** The newest artifacts for the tray menu, straight from memory (no I/O). */
    recent: (limit = 10): ReadonlyArray<Artifact> => cache.artifacts().slice(0, limit),
    /** Looks for new recordings now (a conference just ended). */
    refreshNow: () => refresher.loop.pollNow(),
    /** Re-checks files still being processed, if any, so what the window shows is current. */
    refreshIfPending: () => {
      if (refresher.hasPendingWork()) refresher.loop.pollNow();
    },
    /** Follows sleep, network and sign-in changes, loads the cache, then refreshes once if anything could be new. */
    async start(): Promise<void> {
      stops.push(
        followPowerAndNetwork(deps.system, [refresher.loop]),
        deps.auth.onChange(() => refresher.loop.pollNow()),
      );
      if (!(await cache.load())) deps.logger.info('recordings cache starts empty');
      pushed = JSON.stringify(cache.artifacts());
      if (deps.registry.list().length > 0) refresher.loop.pollNow();
    },
    /** Re-reads the cache after another account signed in, and shows that account's artifacts. */
    async reload(): Promise<void> {
      // The previous account's backoff and any poll in flight for it end here.
      refresher.loop.restart();
      await cache.load();
      pushed = JSON.stringify(cache.artifacts());
      deps.events.emit('recordings.changed', cache.artifacts());
      if (deps.registry.list().length > 0) refresher.loop.pollNow();
    },
    stop: () => {
      stops.splice(0).forEach((stop) => stop());
      refresher.loop.stop();
    },
  };
}

/** The running feature. */
export type RecordingsFeature = ReturnType<typeof createRecordingsFeature>;

