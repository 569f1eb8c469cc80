import { useEffect, useRef } from 'react';
import { quickmeet } from '../../api/quickmeet';
import { useRemoteState } from '../../api/use-remote-state';
import { ErrorCallout } from '../../components/error-callout';
import { formatDateTime } from '../../components/format';
import { formatOffset } from '../../../shared/time/offset-clock';

export interface TranscriptViewProps {
  readonly transcript: string;
  /** The entry to show and focus, from 0. */
  readonly entry: number;
  readonly onClose: () => void;
}

/** A kept transcript, every entry, scrolled to and focused on the one a search result pointed at. */
export function TranscriptView({ transcript, entry, onClose }: TranscriptViewProps) {
  const loaded = useRemoteState(() => quickmeet().transcripts.read({ name: transcript }));
  const current = useRef<HTMLLIElement>(null);
  const value = loaded.value;
  useEffect(() => {
    if (!value) return;
    current.current?.scrollIntoView({ block: 'center' });
    current.current?.focus();
  }, [value]);
  return (
    <section className="panel transcript-view" aria-labelledby="transcript-title">
      <div className="conference-head">
        <h2 id="transcript-title">Transcript{value ? ` · ${value.meetingCode ?? value.record}` : ''}</h2>
        <button type="button" className="small" onClick={onClose}>
          Back to results
        </button>
      </div>
      {value && <p className="muted small-text">{formatDateTime(value.startTime)}</p>}
      {loaded.error && <ErrorCallout error={loaded.error} onRetry={loaded.reload} />}
      {value && (
        <ol className="transcript-entries" aria-label="Transcript entries">
          {value.entries.map((line, index) => (
            <li
              key={index}
              ref={index === entry ? current : undefined}
              tabIndex={index === entry ? -1 : undefined}
              className={`transcript-entry${index === entry ? ' current' : ''}`}
              aria-current={index === entry ? 'true' : undefined}
            >
              <span className="transcript-entry-meta">
                <span className="mono">{formatOffset(line.offsetMs)}</span> · <strong>{line.speaker}</strong>
              </span>
              <span>{line.text}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
