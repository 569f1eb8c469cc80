import type { HandlersFor } from '../../../shared/ipc/handlers';
import { AppError } from '../../../shared/ipc/result';
import type { Clipboard } from '../ports/clipboard';
import type { UrlOpener } from '../ports/url-opener';
import type { FileWriter } from '../ports/file-writer';
import { datePart, exportFileName } from '../app/export-file-name';
import { openArtifact } from './open-artifact';
import type { RecordingsCache } from './recordings-cache';
import { formatTranscript } from './transcript-format';
import type { TranscriptReader } from './transcript-reader';

type RecordingsChannel = 'recordings.list' | 'recordings.open' | 'transcripts.export';

/** What the recordings channels need. */
export interface RecordingsHandlerDeps {
  readonly cache: RecordingsCache;
  readonly transcripts: TranscriptReader;
  readonly urlOpener: UrlOpener;
  readonly clipboard: Clipboard;
  readonly files: FileWriter;
  readonly exportFolder: () => string;
}

const EXTENSIONS = { markdown: 'md', text: 'txt', srt: 'srt' } as const;

/** Handlers for the recent-recordings list (from the cache, no network) and transcript export. */
export function createRecordingsHandlers(deps: RecordingsHandlerDeps): HandlersFor<RecordingsChannel> {
  return {
    'recordings.list': async () => deps.cache.artifacts(),
    'recordings.open': async ({ name }) => {
      await openArtifact(deps.urlOpener, deps.cache.artifact(name));
      return null;
    },
    'transcripts.export': async ({ name, format, copy }) => {
      const artifact = deps.cache.artifact(name);
      if (!artifact || artifact.kind !== 'transcript') throw new AppError('NOT_FOUND', 'That transcript is no longer in the list.');
      const entries = await deps.transcripts.read(name);
      const label = artifact.meetingCode ?? artifact.space;
      const title = `Transcript: ${label}, ${datePart(artifact.startTime)}`;
      const text = formatTranscript(format, title, entries, artifact.startTime);
      if (copy) {
        await deps.clipboard.writeText(text);
        return { copiedText: text };
      }
      const fileName = exportFileName(['transcript', label, datePart(artifact.startTime)], EXTENSIONS[format]);
      return { filePath: await deps.files.writeNewFile(deps.exportFolder(), fileName, text) };
    },
  };
}
