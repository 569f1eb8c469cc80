import { useEffect, useId, useRef, useState } from 'react';
import type { AppErrorInfo } from '../../../shared/ipc/result';
import { INPUT_LIMITS } from '../../../shared/model/input-limits';
import type { TranscriptHit } from '../../../shared/model/transcript-search';
import { call, quickmeet } from '../../api/quickmeet';
import { ErrorCallout } from '../../components/error-callout';
import { formatDateTime } from '../../components/format';
import { formatOffset } from '../../../shared/time/offset-clock';
import { HighlightedSnippet } from './highlighted-snippet';
import { TranscriptView } from './transcript-view';
import './transcript-search.css';

/** How long typing pauses before the search runs. */
const TYPING_PAUSE_MS = 200;

/** Search over the transcripts kept on this computer; a result opens its transcript at that entry. */
export function TranscriptSearchPanel() {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<ReadonlyArray<TranscriptHit>>();
  const [searched, setSearched] = useState('');
  const [open, setOpen] = useState<{ readonly transcript: string; readonly entry: number }>();
  const [error, setError] = useState<AppErrorInfo>();
  // The first search after start-up reads the index, which takes a moment with many transcripts.
  const [searching, setSearching] = useState(false);
  // Each search answers the query it was sent for; only the newest query's answer is shown.
  const newest = useRef(0);
  const inputId = useId();

  useEffect(() => {
    const text = query.trim();
    const sent = ++newest.current;
    if (text.length === 0) {
      setHits(undefined);
      setError(undefined);
      setSearching(false);
      return;
    }
    const timer = setTimeout(() => {
      setSearching(true);
      void call(() => quickmeet().transcripts.search({ query: text, limit: 50 })).then((result) => {
        if (sent !== newest.current) return;
        setSearching(false);
        if (!result.ok) return setError(result.error);
        setError(undefined);
        setHits(result.value);
        setSearched(text);
      });
    }, TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [query]);

  if (open) return <TranscriptView transcript={open.transcript} entry={open.entry} onClose={() => setOpen(undefined)} />;
  return (
    <section className="panel" aria-labelledby="search-title">
      <h2 id="search-title">Search transcripts</h2>
      <form className="search-form" role="search" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={inputId} className="visually-hidden">
          Words to find in transcripts
        </label>
        <input id={inputId} type="search" maxLength={INPUT_LIMITS.searchQuery} placeholder="Words said in a meeting" value={query} onChange={(event) => setQuery(event.target.value)} />
      </form>
      <p className="status" role="status" aria-live="polite">
        {searching ? 'Searching…' : ''}
      </p>
      {error && <ErrorCallout error={error} />}
      {hits && hits.length === 0 && <p className="empty">Nothing said in a kept transcript matches “{searched}”.</p>}
      {hits && hits.length > 0 && (
        <ul className="search-results" aria-label="Transcript matches">
          {hits.map((hit) => (
            <li key={`${hit.transcript}#${hit.entry}`}>
              <button type="button" className="search-hit" onClick={() => setOpen({ transcript: hit.transcript, entry: hit.entry })}>
                <span className="search-hit-meta">
                  <span className="search-hit-speaker">{hit.speaker}</span>
                  <span className="mono">{formatOffset(hit.offsetMs)}</span>
                  <span>
                    {hit.meetingCode ?? hit.record} · {formatDateTime(hit.startTime)}
                  </span>
                </span>
                <HighlightedSnippet parts={hit.snippet} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
