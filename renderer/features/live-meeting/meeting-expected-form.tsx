import { useId, useState, type FormEvent } from 'react';
import type { LiveMeeting } from '../../../shared/model/live-meeting';
import { parseExpected } from '../../../shared/model/input-limits';
import { ExpectedPeopleInput } from './plan-inputs';
import { quickmeet } from '../../api/quickmeet';
import { useAction } from '../../api/use-action';
import { ErrorCallout } from '../../components/error-callout';

/** This one meeting's expected people, besides its members and its preset's list. */
export function MeetingExpectedForm({ meeting }: { readonly meeting: LiveMeeting }) {
  const id = useId();
  const [text, setText] = useState((meeting.meetingExpected ?? []).join('\n'));
  const save = useAction((expected: ReadonlyArray<string>) =>
    quickmeet().live.plan({ space: meeting.space, expected }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save.run(parseExpected(text));
  };
  return (
    <details className="expected-form">
      <summary className="small-text">Expected in this meeting…</summary>
      <form onSubmit={submit} className="expected-form-body">
        <label htmlFor={`${id}-expected`} className="small-text">
          One per line: e-mail, name, or Name &lt;e-mail&gt;
        </label>
        <ExpectedPeopleInput id={`${id}-expected`} value={text} onChange={setText} />
        <button type="submit" className="small" disabled={save.pending}>
          Save list
        </button>
        {save.error && <ErrorCallout error={save.error} onDismiss={save.clearError} />}
      </form>
    </details>
  );
}
