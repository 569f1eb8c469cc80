import { useEffect, useId, useState, type FormEvent } from 'react';
import type { Settings } from '../../../shared/model/settings';
import { quickmeet } from '../../api/quickmeet';
import { useAction } from '../../api/use-action';
import { ErrorCallout } from '../../components/error-callout';
import { FieldError } from '../../components/field-error';

/** The settings schema's bound on an accelerator's length. */
const MAX_SHORTCUT_LENGTH = 60;

/** Why `shortcut` cannot be saved, in the user's words, or undefined when it can. */
export function shortcutProblem(shortcut: string): string | undefined {
  if (shortcut === '') return 'Type a key chord, for example CommandOrControl+Alt+M.';
  if (shortcut.length > MAX_SHORTCUT_LENGTH) return `A shortcut is at most ${MAX_SHORTCUT_LENGTH} characters; this one has ${shortcut.length}.`;
  return undefined;
}

/**
 * The global shortcut: checked here before it is sent, and again by the main process, which also says
 * when the OS refuses the chord. Either way the typed value stays for correction.
 */
export function ShortcutForm({ saved, onSaved, onAttempt }: { readonly saved: string; readonly onSaved: (settings: Settings) => void; readonly onAttempt?: () => void }) {
  const [shortcut, setShortcut] = useState(saved);
  const [problem, setProblem] = useState<string>();
  const update = useAction((value: string) => quickmeet().settings.update({ shortcut: value }));
  const inputId = useId();
  useEffect(() => setShortcut(saved), [saved]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    onAttempt?.();
    const value = shortcut.trim();
    const found = shortcutProblem(value);
    setProblem(found);
    if (found) return;
    const result = await update.run(value);
    if (result?.ok) onSaved(result.value);
  };
  const edit = (value: string) => {
    onAttempt?.();
    setShortcut(value);
    setProblem(undefined);
    update.clearError();
  };
  return (
    <>
      <form className="inline-form" onSubmit={(event) => void submit(event)} noValidate>
        <label htmlFor={inputId} className="visually-hidden">
          Shortcut
        </label>
        <input
          id={inputId}
          value={shortcut}
          onChange={(event) => edit(event.target.value)}
          className="mono"
          spellCheck={false}
          autoComplete="off"
          aria-invalid={problem || update.error ? true : undefined}
          aria-describedby={`${inputId}-error`}
        />
        <button type="submit" disabled={update.pending || shortcut.trim() === saved}>
          Save shortcut
        </button>
      </form>
      <FieldError id={`${inputId}-error`} message={problem} />
      {update.error && <ErrorCallout error={update.error} onDismiss={update.clearError} />}
    </>
  );
}
