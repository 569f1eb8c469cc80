import { createSerialQueue } from '../../../shared/async/serial-queue';
import { AppError } from '../../../shared/ipc/result';
import type { Conference } from '../../../shared/model/conference';
import type { Recap } from '../../../shared/model/recap';
import { readParticipantHistory, summarizeAttendance } from '../conference/attendance-summary';
import type { Clipboard } from '../ports/clipboard';
import type { EventSink } from '../ports/event-sink';
import type { Logger } from '../ports/logger';
import type { MeetApi } from '../ports/meet-api';
import type { RecordingsCache } from '../recordings/recordings-cache';
import type { TranscriptSearch } from '../transcript-search/transcript-search';
import { rfc3339Millis } from '../../../shared/time/rfc3339';
import { buildRecap, filesOf, talkTimeOf } from './build-recap';
import { recapToMarkdown } from './recap-markdown';
import type { RecapStore } from './recap-store';

/** What the recap needs. */
export interface RecapFeatureDeps {
  readonly meet: MeetApi;
  readonly cache: RecordingsCache;
  readonly store: RecapStore;
  readonly search: Pick<TranscriptSearch, 'ofRecord'>;
  readonly events: EventSink;
  readonly clipboard: Clipboard;
  readonly logger: Logger;
}

const sameFiles = (a: Recap['files'], b: Recap['files']) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The recap card: written when a followed conference ends (duration, attendance), then completed as
 * Google catches up: file links as each reaches FILE_GENERATED, talk time once the transcript is read.
 */
export function createRecapFeature(deps: RecapFeatureDeps) {
  const queue = createSerialQueue();

  const save = async (recap: Recap) => {
    await deps.store.put(recap);
    deps.events.emit('recap.changed', recap);
  };

  /** Talk time from the cached transcripts of the recap's conference, if any. */
  const withTalkTime = async (recap: Recap): Promise<Recap> => {
    const transcripts = await deps.search.ofRecord(recap.record);
    return transcripts.length === 0 ? recap : { ...recap, talkTime: talkTimeOf(transcripts.flat()) };
  };

  return {
    /** A followed conference ended: reads its attendance once and keeps the recap. */
    conferenceEnded: (conference: Conference) =>
      queue.run(async () => {
        try {
          // Google's end time, when it has one; the moment Quickmeet saw the end otherwise.
          const fetched = await deps.meet.getConferenceRecord(conference.record).catch(() => undefined);
          const endTime = fetched?.endTime ?? conference.endTime;
          if (!endTime) return;
          const rows = summarizeAttendance(await readParticipantHistory(deps.meet, conference.record), rfc3339Millis(endTime));
          const recap = buildRecap({ ...conference, ...(fetched ? { startTime: fetched.startTime } : {}), endTime }, rows);
          await save(await withTalkTime({ ...recap, files: filesOf(recap.record, deps.cache.artifacts()) }));
        } catch (error) {
          deps.logger.warn('recap not written', { code: error instanceof AppError ? error.code : 'INTERNAL' });
        }
      }),
    /** The recordings cache changed: file links fill in on the recaps they belong to. */
    recordingsRefreshed: () =>
      queue.run(async () => {
        for (const recap of deps.store.list()) {
          const files = filesOf(recap.record, deps.cache.artifacts());
          if (files.length > 0 && !sameFiles(files, recap.files)) await save({ ...recap, files });
        }
      }),
    /** A transcript was archived: the talk time of its conference's recap. */
    transcriptCached: (record: string) =>
      queue.run(async () => {
        const recap = deps.store.get(record);
        if (recap) await save(await withTalkTime(recap));
      }),
    list: () => deps.store.list(),
    /** Copies the recap as Markdown and answers the text. */
    async copy(record: string): Promise<string> {
      const recap = deps.store.get(record);
      if (!recap) throw new AppError('NOT_FOUND', 'There is no recap of that meeting.');
      const text = recapToMarkdown(recap);
      await deps.clipboard.writeText(text);
      return text;
    },
    load: () => deps.store.load(),
    idle: () => queue.idle(),
  };
}

/** The running recap feature. */
export type RecapFeature = ReturnType<typeof createRecapFeature>;
