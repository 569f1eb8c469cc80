import { useCallback, useState } from 'react';
import type { TranscriptFormat } from '../../../shared/model/artifact';
import { mirrorToPageClipboard, quickmeet } from '../../api/quickmeet';
import { useAction } from '../../api/use-action';
import { useRemoteState } from '../../api/use-remote-state';
import { ErrorCallout } from '../../components/error-callout';
import { SavedFile } from '../../components/saved-file';
import { ArtifactRow } from './artifact-row';

/** Recent recordings, transcripts and smart notes from the local cache, newest first. */
export function RecordingsPanel() {
  const artifacts = useRemoteState(
    () => quickmeet().recordings.list(),
    (apply) => quickmeet().on('recordings.changed', apply),
  );
  const [status, setStatus] = useState('');
  // The file the last export wrote, shown with Show in folder.
  const [saved, setSaved] = useState<string>();
  const open = useAction((name: string) => quickmeet().recordings.open({ name }));
  const exporter = useAction((name: string, format: TranscriptFormat) =>
    quickmeet().transcripts.export({ name, format, copy: format === 'markdown' }),
  );
  // useAction's run never changes, so these callbacks do not either.
  const { run: openArtifact } = open;
  const { run: exportTranscript } = exporter;
  const runOpen = useCallback((name: string) => void openArtifact(name), [openArtifact]);
  const runExport = useCallback(
    (name: string, format: TranscriptFormat) =>
      void exportTranscript(name, format).then(async (result) => {
        if (!result?.ok) return;
        await mirrorToPageClipboard(result.value.copiedText);
        setSaved(result.value.filePath);
        setStatus(result.value.filePath ? '' : 'Transcript copied as Markdown.');
      }),
    [exportTranscript],
  );
  const list = artifacts.value ?? [];
  const error = open.error ?? exporter.error ?? artifacts.error;
  return (
    <section className="panel" aria-labelledby="recordings-title">
      <h2 id="recordings-title">Recordings and transcripts</h2>
      {list.length === 0 && !artifacts.loading && !artifacts.error && (
        <p className="empty">No recordings yet. When a meeting records or transcribes (switch it on in a preset under Settings), its files appear here after it ends.</p>
      )}
      <ul className="plain-list" aria-label="Recordings and transcripts">
        {list.map((artifact) => (
          <ArtifactRow key={artifact.name} artifact={artifact} onOpen={runOpen} onExport={runExport} />
        ))}
      </ul>
      {error && <ErrorCallout error={error} onRetry={artifacts.reload} />}
      <p className="status" role="status" aria-live="polite">
        {status}
      </p>
      {saved && <SavedFile key={saved} label="Transcript saved to" filePath={saved} />}
    </section>
  );
}
