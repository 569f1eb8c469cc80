import { useId, useState, type FormEvent } from 'react';
import type { Preset } from '../../../shared/model/preset';
import { FieldError } from '../../components/field-error';
import { cohostProblem, PRESET_CHOICES, parseCohosts } from './preset-fields';
import { COHOSTS_TEXT_MAX, INPUT_LIMITS } from '../../../shared/model/input-limits';

export interface PresetEditorProps {
  readonly preset: Preset;
  readonly saving: boolean;
  readonly onSave: (preset: Preset) => void;
  readonly onCancel: () => void;
}

/** Edits one preset: its name, every SpaceConfig field, and co-hosts by e-mail. */
export function PresetEditor({ preset, saving, onSave, onCancel }: PresetEditorProps) {
  const [draft, setDraft] = useState<Preset>(preset);
  const [cohosts, setCohosts] = useState(preset.cohosts.join('\n'));
  const [problem, setProblem] = useState<string>();
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const emails = parseCohosts(cohosts);
    const found = cohostProblem(emails);
    setProblem(found);
    if (!found) onSave({ ...draft, name: draft.name.trim(), cohosts: emails });
  };
  return (
    <form className="preset-editor" onSubmit={submit} aria-label={`Edit preset ${preset.name}`}>
      <label className="field">
        <span>Name</span>
        <input value={draft.name} onChange={(event) => setDraft({ ...draft, name: event.target.value })} required maxLength={INPUT_LIMITS.presetName} />
      </label>
      <div className="preset-grid">
        {PRESET_CHOICES.map((choice) => (
          <div className="field" key={choice.key}>
            <label htmlFor={`${id}-${choice.key}`}>{choice.label}</label>
            <select
              id={`${id}-${choice.key}`}
              value={draft[choice.key] ?? ''}
              onChange={(event) => setDraft({ ...draft, [choice.key]: event.target.value === '' ? undefined : event.target.value })}
            >
              <option value="">Google default</option>
              {choice.options.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
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
