import { useState } from 'react';
import { MAX_PRESETS } from '../../../shared/model/input-limits';
import type { Preset } from '../../../shared/model/preset';
import type { Settings } from '../../../shared/model/settings';
import { quickmeet } from '../../api/quickmeet';
import { useAction } from '../../api/use-action';
import { ErrorCallout } from '../../components/error-callout';
import { PresetEditor } from './preset-editor';
import { newPreset } from './preset-fields';

/** The presets: list, add, edit, delete (the last one cannot go). */
export function PresetsSection({ settings, onSaved }: { readonly settings: Settings; readonly onSaved: (s: Settings) => void }) {
  const [editing, setEditing] = useState<Preset>();
  const save = useAction((preset: Preset) => quickmeet().presets.save({ preset }));
  const remove = useAction((id: string) => quickmeet().presets.delete({ id }));

  const runSave = async (preset: Preset) => {
    const result = await save.run(preset);
    if (result?.ok) {
      onSaved(result.value);
      setEditing(undefined);
    }
  };
  const runDelete = async (id: string) => {
    const result = await remove.run(id);
    if (result?.ok) onSaved(result.value);
  };
  return (
    <fieldset className="settings-group">
      <legend>Presets</legend>
      <ul className="plain-list" aria-label="Presets">
        {settings.presets.map((preset) => (
          <li key={preset.id} className="preset-row">
            <span>
              {preset.name}
              {preset.id === settings.defaultPresetId && <span className="badge">Default</span>}
              {preset.cohosts.length > 0 && <span className="muted small-text"> · {preset.cohosts.length} co-hosts</span>}
            </span>
            <button type="button" className="small" onClick={() => setEditing(preset)} aria-label={`Edit ${preset.name}`}>
              Edit
            </button>
            <button
              type="button"
              className="small quiet"
              onClick={() => void runDelete(preset.id)}
              disabled={settings.presets.length === 1 || remove.pending}
              aria-label={`Delete ${preset.name}`}
            >
              Delete
            </button>
          </li>
        ))}
      </ul>
      {editing ? (
        <PresetEditor key={editing.id} preset={editing} saving={save.pending} onSave={(p) => void runSave(p)} onCancel={() => setEditing(undefined)} />
      ) : (
        <button type="button" className="small" onClick={() => setEditing(newPreset())} disabled={settings.presets.length >= MAX_PRESETS}>
          Add preset
        </button>
      )}
      {(save.error ?? remove.error) && <ErrorCallout error={(save.error ?? remove.error)!} onDismiss={() => (save.clearError(), remove.clearError())} />}
    </fieldset>
  );
}
