import { useId, useState, type FormEvent } from 'react';
import type { LiveMeeting } from '../../../shared/model/live-meeting';
import { MAX_MEETING_MINUTES } from '../../../shared/model/input-limits';
import { quickmeet } from '../../api/quickmeet';
import { useAction } from '../../api/use-action';
import { ErrorCallout } from '../../components/error-callout';
import { MinutesInput } from './plan-inputs';

/** Sets this one meeting's length (it wins over its preset's); empty goes back to the preset's. */
export function MeetingLengthForm({ meeting }: { readonly meeting: LiveMeeting }) {
  const id = useId();
  const [text, setText] = useState(meeting.lengthMinutes === undefined ? '' : String(meeting.lengthMinutes));
  const save = useAction((lengthMinutes: number | null) =>
    quickmeet().live.plan({ space: meeting.space, lengthMinutes }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const minutes = Number.parseInt(text, 10);
    void save.run(Number.isFinite(minutes) && minutes > 0 ? Math.min(minutes, MAX_MEETING_MINUTES) : null);
  };
  return (
    <form className="inline-form length-form" onSubmit={submit}>
      <label htmlFor={`${id}-length`} className="small-text">
        Length (min)
      </label>
      <MinutesInput id={`${id}-length`} placeholder="None" value={text} onChange={setText} />
      <button type="submit" className="small" disabled={save.pending}>
        Set
      </button>
      {save.error && <ErrorCallout error={save.error} onDismiss={save.clearError} />}
    </form>
  );
}
