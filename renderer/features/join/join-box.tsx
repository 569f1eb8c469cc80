import { useEffect, useId, useState, type FormEvent } from 'react';
import { quickmeet } from '../../api/quickmeet';
import { useAction } from '../../api/use-action';
import { ErrorCallout } from '../../components/error-callout';
import { Spinner } from '../../components/spinner';
import { INPUT_LIMITS } from '../../../shared/model/input-limits';

/** Join by code or link: a pasted invitation works too. On error the input stays for correction. */
export function JoinBox() {
  const [input, setInput] = useState('');
  const [status, setStatus] = useState('');
  const join = useAction((text: string) => quickmeet().meetings.join({ input: text }));
  const inputId = useId();
  const errorId = useId();
  // A confirmation, not a state: it leaves after a few seconds instead of staying forever.
  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(''), 6000);
    return () => clearTimeout(timer);
  }, [status]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (input.trim() === '') return;
    setStatus('');
    const result = await join.run(input);
    if (result?.ok) {
      setStatus(`Opened ${result.value.meetingCode} in your browser.`);
      setInput('');
    }
  };
  return (
    <section className="panel" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>Join a meeting</h2>
      <form className="join-form" onSubmit={(event) => void submit(event)}>
        <label htmlFor={inputId} className="visually-hidden">
          Meeting code or link
        </label>
        <input
          id={inputId}
          type="text"
          maxLength={INPUT_LIMITS.text}
          value={input}
          onChange={(event) => (setInput(event.target.value), join.clearError())}
          placeholder="abc-mnop-xyz or meet.google.com link"
          autoComplete="off"
          spellCheck={false}
          aria-invalid={join.error ? true : undefined}
          aria-describedby={join.error ? errorId : undefined}
        />
        <button type="submit" disabled={join.pending || input.trim() === ''}>
          {join.pending && <Spinner />}
          Join
        </button>
        {join.pending && (
          <button type="button" className="quiet" onClick={join.abandon}>
            Stop waiting
          </button>
        )}
      </form>
      <div id={errorId}>{join.error && <ErrorCallout error={join.error} onRetry={() => void join.run(input)} />}</div>
      <p className="status" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
