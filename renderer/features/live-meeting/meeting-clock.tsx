import type { LiveMeeting } from '../../../shared/model/live-meeting';
import { formatTime } from '../../components/format';
import { useNow } from '../../components/use-now';

/** "1:02:05": hours (when any), minutes and seconds. */
export function elapsedText(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** The time since the conference started, against its planned length when it has one. */
export function MeetingClock({ meeting, onEnd }: { readonly meeting: LiveMeeting; readonly onEnd: () => void }) {
  const now = useNow();
  // The core's whole minutes are the floor: a window whose clock lags Google's never shows less.
  const elapsed = Math.max(now - Date.parse(meeting.startTime), meeting.elapsedMinutes * 60_000);
  return (
    <div className={`meeting-clock phase-${meeting.phase}`} data-testid="meeting-clock">
      <span className="clock-elapsed" role="timer" aria-label="Time since the meeting started">
        {elapsedText(elapsed)}
      </span>
      {meeting.lengthMinutes !== undefined && (
        <span className="muted small-text">
          {' '}
          of {meeting.lengthMinutes} min · ends {formatTime(meeting.endsAt)}
          {meeting.endAutomatically ? ' for everyone' : ''}
        </span>
      )}
      {meeting.phase === 'ending-soon' && (
        <p className="callout callout-warning" role="status">
          5 minutes left.
        </p>
      )}
      {meeting.phase === 'over' && (
        <div className="callout callout-warning" role="status">
          <p>Time’s up: the planned {meeting.lengthMinutes} minutes are over.</p>
          {meeting.owner && (
            <button type="button" className="danger small" onClick={onEnd}>
              End for everyone…
            </button>
          )}
        </div>
      )}
    </div>
  );
}
