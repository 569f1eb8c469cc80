import { useEffect, useId, useRef, useState } from 'react';
import type { AttendanceRow, Conference } from '../../../shared/model/conference';
import { mirrorToPageClipboard, quickmeet } from '../../api/quickmeet';
import { useAction } from '../../api/use-action';
import { useRemoteState, type RemoteState } from '../../api/use-remote-state';
import { ErrorCallout } from '../../components/error-callout';
import { SavedFile } from '../../components/saved-file';
import { formatDateTime, formatDuration, formatTime } from '../../components/format';

const label = (c: Conference) => `${c.meetingCode ?? c.space} · ${formatDateTime(c.startTime)}`;

export interface AttendanceSummaryProps {
  /** Records running now; when one stops running, its attendance becomes available. */
  readonly liveRecords: string;
}

/** Attendance after a conference ends: each person's total time, first join, last leave; Markdown or CSV. */
export function AttendanceSummary({ liveRecords }: AttendanceSummaryProps) {
  const history = useRemoteState(() => quickmeet().conference.history());
  useHistoryFollowsEnds(liveRecords, history);
  const ended = (history.value ?? []).filter((c) => c.endTime);
  const [chosen, setChosen] = useState<string>();
  const record = chosen ?? ended[0]?.record;
  const [rows, setRows] = useState<ReadonlyArray<AttendanceRow>>();
  const [status, setStatus] = useState('');
  // The file the last export wrote, shown with Show in folder.
  const [saved, setSaved] = useState<string>();
  const summary = useAction((name: string) => quickmeet().attendance.summary({ record: name }));
  const summarize = summary.run; // stable: useAction's run never changes
  const exporter = useAction((format: 'markdown' | 'csv') => quickmeet().attendance.export({ record: record ?? '', format }));
  const selectId = useId();

  useEffect(() => {
    setRows(undefined);
    if (record) void summarize(record).then((result) => result?.ok && setRows(result.value));
  }, [record, summarize]);
  const runExport = async (format: 'markdown' | 'csv') => {
    const result = await exporter.run(format);
    if (!result?.ok) return;
    await mirrorToPageClipboard(result.value.copiedText);
    setSaved(result.value.filePath);
    setStatus(result.value.filePath ? '' : 'Attendance copied as Markdown.');
  };

  if (ended.length === 0 && !history.error) return null;
  return (
    <section className="panel" aria-labelledby="summary-title">
      <h2 id="summary-title">Attendance</h2>
      {history.error && <ErrorCallout error={history.error} onRetry={history.reload} />}
      {ended.length > 0 && (
        <div className="summary-tools">
          <label htmlFor={selectId} className="visually-hidden">
            Ended meeting
          </label>
          <select id={selectId} value={record} onChange={(event) => setChosen(event.target.value)}>
            {ended.map((c) => (
              <option key={c.record} value={c.record}>
                {label(c)}
              </option>
            ))}
          </select>
          <button type="button" className="small" onClick={() => void runExport('markdown')} disabled={!rows || exporter.pending}>
            Copy Markdown
          </button>
          <button type="button" className="small" onClick={() => void runExport('csv')} disabled={!rows || exporter.pending}>
            Save CSV
          </button>
        </div>
      )}
      {rows && (
        <table className="summary-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Total</th>
              <th scope="col">First join</th>
              <th scope="col">Last leave</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={`${row.displayName}-${index}`} className={`kind-${row.kind}`}>
                <td>{row.displayName}</td>
                <td>{formatDuration(row.totalSeconds)}</td>
                <td>{formatTime(row.firstJoin)}</td>
                <td>{formatTime(row.lastLeave)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {(summary.error ?? exporter.error) && <ErrorCallout error={(summary.error ?? exporter.error)!} onRetry={() => record && void summary.run(record)} />}
      <p className="status" role="status" aria-live="polite">
        {status}
      </p>
      {saved && <SavedFile key={saved} label="Saved to" filePath={saved} />}
    </section>
  );
}

const FOLLOW_UP_MS = 2_000;
const FOLLOW_UPS = 10;

/**
 * A conference that stops running reaches the history once the recordings cache has caught up,
 * a moment after the live list drops it; so reload until it is there (or give up after ~20 s).
 */
function useHistoryFollowsEnds(liveRecords: string, history: RemoteState<ReadonlyArray<Conference>>): void {
  const previous = useRef<ReadonlyArray<string>>([]);
  const [awaited, setAwaited] = useState<ReadonlyArray<string>>([]);
  const { reload, value } = history;
  useEffect(() => {
    const now = liveRecords.split(' ').filter(Boolean);
    const ended = previous.current.filter((record) => !now.includes(record));
    previous.current = now;
    if (ended.length > 0) setAwaited((current) => [...current, ...ended]);
  }, [liveRecords]);
  const missing = awaited.filter((record) => !value?.some((c) => c.record === record && c.endTime));
  const waiting = missing.length > 0;
  useEffect(() => {
    if (!waiting) return;
    reload();
    let tries = 0;
    const timer = setInterval(() => (++tries >= FOLLOW_UPS ? clearInterval(timer) : reload()), FOLLOW_UP_MS);
    return () => clearInterval(timer);
  }, [waiting, reload]);
}
