import { useId, useState, type FormEvent } from 'react';
import type { Preset } from '../../../shared/model/preset';
import { PRESET_CHOICES, parseCohosts } from './preset-fields';

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
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave({ ...draft, name: draft.name.trim(), cohosts: parseCohosts(cohosts) });
  };
  return (
    <form className="preset-editor" onSubmit={submit} aria-label={`Edit preset ${preset.name}`}>
      <label className="field">
        <span>Name</span>
        <input value={draft.name} onChange={(event) => setDraft({ ...draft, name: event.target.value })} required maxLength={80} />
      </label>
      <div className="preset-grid">
        {PRESET_CHOICES.map((choice) => (
          <label className="field" key={choice.key}>
            <span>{choice.label}</span>
            <select
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
          </label>
        ))}
      </div>
      <label className="field" htmlFor={`${id}-cohosts`}>
        <span>Co-hosts (one e-mail per line)</span>
      </label>
      <textarea id={`${id}-cohosts`} rows={3} value={cohosts} onChange={(event) => setCohosts(event.target.value)} spellCheck={false} />
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
