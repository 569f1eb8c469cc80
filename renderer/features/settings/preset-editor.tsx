import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Preset } from '../../../shared/model/preset';
import { FieldError } from '../../components/field-error';
import { cohostProblem, PRESET_GROUPS, parseCohosts, type PresetChoice } from './preset-fields';
import { COHOSTS_TEXT_MAX, INPUT_LIMITS } from '../../../shared/model/input-limits';
import { parseExpected } from '../../../shared/model/input-limits';
import { PresetPlanFields } from './preset-plan-fields';

export interface PresetEditorProps {
  readonly preset: Preset;
  readonly saving: boolean;
  readonly onSave: (preset: Preset) => void;
  readonly onCancel: () => void;
}

/**
 * Edits one preset: its name, the meeting settings in three groups, and co-hosts by e-mail. Focus
 * starts on the name; Escape cancels. Restrictions that need host controls are off while those are.
 */
export function PresetEditor({ preset, saving, onSave, onCancel }: PresetEditorProps) {
  const [draft, setDraft] = useState<Preset>(preset);
  const [cohosts, setCohosts] = useState(preset.cohosts.join('\n'));
  const [expected, setExpected] = useState((preset.expected ?? []).join('\n'));
  const [problem, setProblem] = useState<string>();
  const id = useId();
  const hostControls = draft.moderation === 'ON';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const emails = parseCohosts(cohosts);
    const found = cohostProblem(emails);
    setProblem(found);
    if (found) return;
    // Restrictions Google ignores without host controls are not kept as if they applied.
    const inactive = hostControls ? [] : PRESET_GROUPS.flatMap((group) => group.choices).filter((choice) => choice.needsHostControls);
    const kept = Object.fromEntries(Object.entries(draft).filter(([key]) => !inactive.some((choice) => choice.key === key))) as Preset;
    const people = parseExpected(expected);
    const { expected: _previous, ...rest } = kept;
    onSave({ ...rest, name: draft.name.trim(), cohosts: emails, ...(people.length > 0 ? { expected: people } : {}) });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onCancel();
  };
  const choiceField = (choice: PresetChoice) => {
    const inactive = choice.needsHostControls === true && !hostControls;
    const value = draft[choice.key];
    return (
      <div className="field" key={choice.key}>
        <label htmlFor={`${id}-${choice.key}`}>{choice.label}</label>
        <select
          id={`${id}-${choice.key}`}
          value={value ?? ''}
          disabled={inactive}
          aria-describedby={inactive ? `${id}-needs-host-controls` : undefined}
          onChange={(event) =>
            setDraft({ ...draft, [choice.key]: event.target.value === '' ? undefined : event.target.value })
          }
        >
          <option value="">{choice.unset}</option>
          {choice.options.map(([option, label]) => (
            <option key={option} value={option}>
              {label}
            </option>
          ))}
        </select>
      </div>
    );
  };
  return (
    <form className="preset-editor" onSubmit={submit} onKeyDown={onKeyDown} aria-label={`Edit preset ${preset.name}`}>
      <label className="field">
        <span>Name</span>
        <input
          value={draft.name}
          onChange={(event) => setDraft({ ...draft, name: event.target.value })}
          required
          maxLength={INPUT_LIMITS.presetName}
          autoFocus
        />
      </label>
      {PRESET_GROUPS.map((group) => (
        <fieldset key={group.title} className="preset-group">
          <legend>{group.title}</legend>
          <div className="preset-grid">{group.choices.map(choiceField)}</div>
          {group.choices.some((choice) => choice.needsHostControls) && !hostControls && (
            <p id={`${id}-needs-host-controls`} className="muted small-text">
              Who can chat, react, share and speak applies only when hosts control the meeting.
            </p>
          )}
        </fieldset>
      ))}
      {draft.entryPointAccess === 'CREATOR_APP_ONLY' && (
        <div className="callout callout-warning">
          <p>
            This preset lets people join only through apps of Quickmeet’s own Google Cloud project: nobody, not even
            you, can join from Google Meet or Calendar.
          </p>
          <button type="button" className="small" onClick={() => setDraft({ ...draft, entryPointAccess: undefined })}>
            Let people join from any app
          </button>
        </div>
      )}
      <label className="field" htmlFor={`${id}-cohosts`}>
        <span>Co-hosts (one e-mail per line)</span>
      </label>
      <textarea
        id={`${id}-cohosts`}
        rows={3}
        maxLength={COHOSTS_TEXT_MAX}
        value={cohosts}
        onChange={(event) => (setCohosts(event.target.value), setProblem(undefined))}
        spellCheck={false}
        aria-invalid={problem ? true : undefined}
        aria-describedby={`${id}-cohosts-error`}
      />
      <FieldError id={`${id}-cohosts-error`} message={problem} />
      <PresetPlanFields draft={draft} onChange={setDraft} expected={expected} onExpectedChange={setExpected} />
      <div className="form-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={saving}>
          Save preset
        </button>
      </div>
    </form>
  );
}
