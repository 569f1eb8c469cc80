import { useId, useState } from 'react';
import type { Recap, RecapAttendee, RecapFile } from '../../../shared/model/recap';
import { mirrorToPageClipboard, quickmeet } from '../../api/quickmeet';
import { useAction } from '../../api/use-action';
import { ErrorCallout } from '../../components/error-callout';
import { formatDateTime, formatDuration, formatTime } from '../../components/format';
import { useRecaps } from './use-recaps';
import './recap.css';

const FILE_LABELS: Readonly<Record<RecapFile['kind'], string>> = { recording: 'Recording', transcript: 'Transcript', smartNote: 'Notes' };
const label = (recap: Recap) => `${recap.meetingCode ?? recap.space} · ${formatDateTime(recap.startTime)}`;

/** Late, early and rejoin notes of one person, as short badges. */
function AttendeeNotes({ person }: { readonly person: RecapAttendee }) {
  return (
    <>
      {person.lateSeconds !== undefined && <span className="badge recap-late">{formatDuration(person.lateSeconds)} late</span>}
      {person.leftEarlySeconds !== undefined && <span className="badge recap-early">left {formatDuration(person.leftEarlySeconds)} early</span>}
      {person.rejoins > 0 && <span className="badge recap-rejoin">rejoined {person.rejoins}×</span>}
    </>
  );
}

/** The recap of an ended meeting: duration, attendance, talk time, files; Copy recap gives Markdown. */
export function RecapCard() {
  const { recaps, error } = useRecaps();
  const [chosen, setChosen] = useState<string>();
  const recap = recaps.find((r) => r.record === chosen) ?? recaps[0];
  const [status, setStatus] = useState('');
  const copier = useAction((record: string) => quickmeet().recap.copy({ record }));
  const opener = useAction((name: string) => quickmeet().recordings.open({ name }));
  const selectId = useId();
  if (!recap && !error) return null;

  const copy = async () => {
    if (!recap) return;
    const result = await copier.run(recap.record);
    if (!result?.ok) return;
    await mirrorToPageClipboard(result.value.copiedText);
    setStatus('Recap copied as Markdown.');
  };
  const talkTotal = recap?.talkTime?.reduce((sum, s) => sum + s.seconds, 0) ?? 0;
  return (
    <section className="panel recap" aria-labelledby="recap-title" data-testid="recap-card">
      <h2 id="recap-title">Recap</h2>
      {error && <ErrorCallout error={error} />}
      {recap && (
        <>
          <div className="summary-tools">
            <label htmlFor={selectId} className="visually-hidden">
              Meeting to recap
            </label>
            <select id={selectId} value={recap.record} onChange={(event) => setChosen(event.target.value)}>
              {recaps.map((r) => (
                <option key={r.record} value={r.record}>
                  {label(r)}
                </option>
              ))}
            </select>
            <button type="button" className="small" onClick={() => void copy()} disabled={copier.pending}>
              Copy recap
            </button>
          </div>
          <p className="recap-duration">
            <strong>{formatDuration(recap.durationSeconds)}</strong>
            <span className="muted small-text">
              {' '}
              {formatTime(recap.startTime)}–{formatTime(recap.endTime)}
            </span>
          </p>
          <h3>Attendance ({recap.attendees.length})</h3>
          <ul className="recap-people" aria-label="Attendance">
            {recap.attendees.map((person, index) => (
              <li key={`${person.displayName}-${index}`} className={`kind-${person.kind}`}>
                <span className="recap-name">{person.displayName}</span>
                <span className="muted small-text">{formatDuration(person.totalSeconds)}</span>
                <AttendeeNotes person={person} />
              </li>
            ))}
          </ul>
          <h3>Talk time</h3>
          {recap.talkTime ? (
            <ul className="recap-talk" aria-label="Talk time">
              {recap.talkTime.map((speaker) => {
                const share = talkTotal > 0 ? Math.round((speaker.seconds / talkTotal) * 100) : 0;
                return (
                  <li key={speaker.speaker}>
                    <span className="recap-name">{speaker.speaker}</span>
                    <span className="recap-bar" aria-hidden="true">
                      <span style={{ width: `${share}%` }} />
                    </span>
                    <span className="muted small-text">
                      {formatDuration(speaker.seconds)} · {share}%
                    </span>
                  </li>
                );
              })}
            </ul>
          ) : (
            <p className="muted small-text">Talk time appears once the transcript is ready.</p>
          )}
          <h3>Files</h3>
          {recap.files.length === 0 && <p className="muted small-text">No recording, transcript or notes.</p>}
          <ul className="recap-files" aria-label="Files">
            {recap.files.map((file) => (
              <li key={file.name}>
                <span>{FILE_LABELS[file.kind]}</span>
                {file.exportUri ? (
                  <button type="button" className="small" onClick={() => void opener.run(file.name)}>
                    Open {FILE_LABELS[file.kind].toLowerCase()}
                  </button>
                ) : (
                  <span className={`badge state-${file.state}`}>{file.state === 'STARTED' ? 'In progress' : 'Processing…'}</span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {(copier.error ?? opener.error) && <ErrorCallout error={(copier.error ?? opener.error)!} />}
      <p className="status" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
