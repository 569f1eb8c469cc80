import { useId, useState, type KeyboardEvent } from 'react';
import { acceleratorProblem } from '../../../shared/model/accelerator';
import type { Settings } from '../../../shared/model/settings';
import { quickmeet } from '../../api/quickmeet';
import { useAction } from '../../api/use-action';
import { ErrorCallout } from '../../components/error-callout';
import { FieldError } from '../../components/field-error';

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

/** An accelerator as people read it on this computer: Ctrl+Alt+M, or ⌘⌥M style names on macOS. */
export function readableShortcut(accelerator: string): string {
  const names: Readonly<Record<string, string>> = isMac
    ? { CommandOrControl: '⌘', Command: '⌘', Control: '⌃', Alt: '⌥', Shift: '⇧' }
    : { CommandOrControl: 'Ctrl', Control: 'Ctrl', Super: 'Super' };
  return accelerator
    .split('+')
    .map((part) => names[part] ?? part)
    .join('+');
}

/** Electron's name for the key of a keydown (from its physical code), or undefined for a lone modifier. */
function keyName(event: KeyboardEvent): string | undefined {
  const { code } = event;
  if (/^Key[A-Z]$/.test(code)) return code.slice(3);
  if (/^Digit[0-9]$/.test(code)) return code.slice(5);
  if (/^F([1-9]|1[0-9]|2[0-4])$/.test(code)) return code;
  if (/^Numpad[0-9]$/.test(code)) return `num${code.slice(6)}`;
  const named: Readonly<Record<string, string>> = {
    Space: 'Space',
    Enter: 'Enter',
    Tab: 'Tab',
    Backspace: 'Backspace',
    Delete: 'Delete',
    Insert: 'Insert',
    Home: 'Home',
    End: 'End',
    PageUp: 'PageUp',
    PageDown: 'PageDown',
    ArrowUp: 'Up',
    ArrowDown: 'Down',
    ArrowLeft: 'Left',
    ArrowRight: 'Right',
    Escape: 'Escape',
    Minus: '-',
    Equal: '=',
    BracketLeft: '[',
    BracketRight: ']',
    Backslash: '\\',
    Semicolon: ';',
    Quote: "'",
    Comma: ',',
    Period: '.',
    Slash: '/',
    Backquote: '`',
    PrintScreen: 'PrintScreen',
  };
  return named[code];
}

/** The chord a keydown makes, as an Electron accelerator; `complete` is false while only modifiers are held. */
export function chordOf(event: KeyboardEvent): { readonly accelerator: string; readonly complete: boolean } {
  const modifiers = [
    ...(event.ctrlKey ? [isMac ? 'Control' : 'CommandOrControl'] : []),
    ...(event.metaKey ? [isMac ? 'CommandOrControl' : 'Super'] : []),
    ...(event.altKey ? ['Alt'] : []),
    ...(event.shiftKey ? ['Shift'] : []),
  ];
  const key = keyName(event);
  return { accelerator: [...modifiers, ...(key ? [key] : [])].join('+'), complete: key !== undefined };
}

export interface ShortcutFormProps {
  readonly saved: string;
  readonly onSaved: (settings: Settings) => void;
  /** Told when a new attempt starts, so an older "Saved." can go. */
  readonly onAttempt?: () => void;
}

/**
 * The global shortcut, recorded from the keys pressed (not typed as text): a chord is checked here
 * and by the main process, which also says when the desktop refuses it. Escape cancels.
 */
export function ShortcutForm({ saved, onSaved, onAttempt }: ShortcutFormProps) {
  const [recording, setRecording] = useState(false);
  const [held, setHeld] = useState('');
  const [problem, setProblem] = useState<string>();
  const update = useAction((value: string) => quickmeet().settings.update({ shortcut: value }));
  const id = useId();

  const start = () => {
    onAttempt?.();
    update.clearError();
    setProblem(undefined);
    setHeld('');
    setRecording(true);
  };
  const onKeyDown = async (event: KeyboardEvent) => {
    if (event.key === 'Tab' && !event.ctrlKey && !event.altKey && !event.metaKey) return; // leave the field as usual
    event.preventDefault();
    if (event.key === 'Escape' && !event.ctrlKey && !event.altKey && !event.metaKey && !event.shiftKey) {
      setRecording(false);
      setProblem(undefined);
      return;
    }
    const chord = chordOf(event);
    setHeld(chord.accelerator);
    if (!chord.complete) return;
    const found = acceleratorProblem(chord.accelerator);
    setProblem(found);
    if (found) return;
    const result = await update.run(chord.accelerator);
    if (result?.ok) {
      setRecording(false);
      onSaved(result.value);
    }
  };
  return (
    <>
      <div className="inline-form shortcut-row">
        {recording ? (
          <input
            id={id}
            className="mono shortcut-recorder"
            aria-label="Shortcut"
            aria-describedby={`${id}-hint ${id}-error`}
            aria-invalid={problem || update.error ? true : undefined}
            readOnly
            autoFocus
            value={held ? readableShortcut(held) : ''}
            placeholder="Press the keys…"
            onKeyDown={(event) => void onKeyDown(event)}
            onBlur={() => !update.pending && (setRecording(false), setProblem(undefined))}
          />
        ) : (
          <span className="mono shortcut-current" aria-label={`Shortcut: ${readableShortcut(saved)}`}>
            {readableShortcut(saved)}
          </span>
        )}
        {!recording && (
          <button type="button" onClick={start}>
            Change shortcut…
          </button>
        )}
      </div>
      {recording && (
        <p id={`${id}-hint`} className="muted small-text">
          Press the new chord, for example Ctrl+Alt+M. Escape keeps {readableShortcut(saved)}.
        </p>
      )}
      <FieldError id={`${id}-error`} message={problem} />
      {update.error && <ErrorCallout error={update.error} onDismiss={update.clearError} />}
    </>
  );
}
