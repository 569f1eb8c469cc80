import type { HandlersFor } from '../../../shared/ipc/handlers';
import type { ConferenceMonitor } from '../conference/conference-monitor';
import type { Clipboard } from '../ports/clipboard';
import type { DocumentStoreFactory } from '../ports/document-store';
import type { EventSink } from '../ports/event-sink';
import type { Logger } from '../ports/logger';
import type { MeetApi } from '../ports/meet-api';
import type { RecordingsFeature } from '../recordings/recordings-feature';
import { createTranscriptSearch } from '../transcript-search/transcript-search';
import { createRecapFeature } from './recap-feature';
import { RECAPS_DOCUMENT, RecapStore } from './recap-store';

type AfterCallChannel = 'recap.list' | 'recap.copy' | 'transcripts.search' | 'transcripts.read';

/** What the after-call features need from the core. */
export interface AfterCallDeps {
  readonly meet: MeetApi;
  readonly monitor: Pick<ConferenceMonitor, 'onFollowedConferenceEnded'>;
  readonly recordings: Pick<RecordingsFeature, 'cache' | 'transcripts' | 'onRefreshed'>;
  /** Account-scoped documents (the recaps). */
  readonly documents: DocumentStoreFactory;
  /** Where cached transcripts live, under the document policy. */
  readonly transcriptDocuments: DocumentStoreFactory;
  /** The transcript index file (large; rebuilt when damaged). */
  readonly indexDocuments: DocumentStoreFactory;
  readonly account: () => string | null;
  readonly events: EventSink;
  readonly clipboard: Clipboard;
  readonly logger: Logger;
}

/** The recap card and transcript search, fed by the conference monitor and the recordings refresh. */
export function createAfterCallFeature(deps: AfterCallDeps) {
  const { monitor, recordings } = deps;
  const search = createTranscriptSearch({
    cache: recordings.cache,
    reader: recordings.transcripts,
    documents: deps.transcriptDocuments,
    indexDocuments: deps.indexDocuments,
    account: deps.account,
    logger: deps.logger,
  });
  const recap = createRecapFeature({ ...deps, cache: recordings.cache, store: new RecapStore(deps.documents(RECAPS_DOCUMENT)), search });
  const handlers: HandlersFor<AfterCallChannel> = {
    'recap.list': async () => recap.list(),
    'recap.copy': async ({ record }) => ({ copiedText: await recap.copy(record) }),
    'transcripts.search': async ({ query, limit }) => search.search(query, limit),
    'transcripts.read': async ({ name }) => search.read(name),
  };
  const stops: Array<() => void> = [];
  return {
    handlers,
    search,
    recap,
    /** Loads the kept recaps; with `follow`, listens for ended conferences and refreshed recordings. */
    async start(follow: boolean): Promise<void> {
      await recap.load();
      if (!follow) return;
      stops.push(
        monitor.onFollowedConferenceEnded((conference) => void recap.conferenceEnded(conference)),
        recordings.onRefreshed(() => {
          void recap.recordingsRefreshed();
          void search.sync();
        }),
        search.onCached((item) => void recap.transcriptCached(item.record)),
      );
      void search.sync();
    },
    /** Another account is shown: its own recaps and transcripts. */
    async reload(): Promise<void> {
      search.reset();
      await recap.load();
      void search.sync();
    },
    /** Settles once queued recap and archive work is done. */
    idle: async () => {
      await search.idle();
      await recap.idle();
    },
    stop(): void {
      stops.splice(0).forEach((stop) => stop());
    },
  };
}

/** The running after-call features. */
export type AfterCallFeature = ReturnType<typeof createAfterCallFeature>;
