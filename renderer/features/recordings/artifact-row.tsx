import { memo } from 'react';
import type { Artifact, ArtifactKind, TranscriptFormat } from '../../../shared/model/artifact';
import { formatDateTime, formatDuration, secondsBetween } from '../../components/format';

const KIND_LABEL: { readonly [K in ArtifactKind]: string } = {
  recording: 'Recording',
  transcript: 'Transcript',
  smartNote: 'Smart notes',
};

const STATE_LABEL: { readonly [S in Artifact['state']]: string } = {
  STARTED: 'In progress',
  ENDED: 'Processing…',
  FILE_GENERATED: 'Ready',
};

export interface ArtifactRowProps {
  readonly artifact: Artifact;
  readonly onOpen: (name: string) => void;
  readonly onExport: (name: string, format: TranscriptFormat) => void;
}

/** One recording, transcript or smart note: what, which meeting, when, how long, and whether it is ready. */
export const ArtifactRow = memo(function ArtifactRow({ artifact, onOpen, onExport }: ArtifactRowProps) {
  const ready = artifact.state === 'FILE_GENERATED';
  const kind = KIND_LABEL[artifact.kind];
  const what = `${kind} of ${artifact.meetingCode ?? artifact.space}`;
  return (
    <li className={`artifact kind-${artifact.kind}`} data-artifact={artifact.name}>
      <span className="artifact-text">
        <span className="artifact-title">
          <span className={`artifact-icon icon-${artifact.kind}`} aria-hidden="true" />
          {kind} · <span className="mono">{artifact.meetingCode ?? artifact.space}</span>
        </span>
        <span className="artifact-meta muted small-text">
          {formatDateTime(artifact.startTime)}
          {artifact.endTime && ` · ${formatDuration(secondsBetween(artifact.startTime, artifact.endTime))}`}
        </span>
      </span>
      <span className={`badge state-${artifact.state}`}>{STATE_LABEL[artifact.state]}</span>
      <span className="artifact-actions">
        <button type="button" className="small" disabled={!ready || !artifact.exportUri} onClick={() => onOpen(artifact.name)} aria-label={`Open ${what}`}>
          Open
        </button>
        {artifact.kind === 'transcript' && ready && (
          <select
            className="small"
            aria-label={`Export ${what}`}
            value=""
            onChange={(event) => event.target.value && onExport(artifact.name, event.target.value as TranscriptFormat)}
          >
            <option value="">Export…</option>
            <option value="markdown">Copy as Markdown</option>
            <option value="text">Save as text</option>
            <option value="srt">Save as SRT</option>
          </select>
        )}
      </span>
    </li>
  );
});
