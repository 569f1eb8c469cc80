import { useEffect, useRef, useState } from 'react';
import { MAX_PRESETS } from '../../../shared/model/input-limits';
import type { Preset } from '../../../shared/model/preset';
import type { Settings } from '../../../shared/model/settings';
import { quickmeet } from '../../api/quickmeet';
import { useAction } from '../../api/use-action';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorCallout } from '../../components/error-callout';
import { PresetEditor } from './preset-editor';
import { newPreset } from './preset-fields';

/** The presets: list, add, edit, delete after confirming (the default one cannot go). */
export function PresetsSection({ settings, onSaved }: { readonly settings: Settings; readonly onSaved: (s: Settings) => void }) {
  const [editing, setEditing] = useState<Preset>();
  const [deleting, setDeleting] = useState<Preset>();
  // Where focus goes back to when the editor closes: the Edit button that opened it, or Add preset.
  const section = useRef<HTMLFieldSetElement>(null);
  const opener = useRef<string | undefined>(undefined);
  const open = (preset: Preset, from: string) => {
    opener.current = from;
    setEditing(preset);
  };
  useEffect(() => {
    if (editing || !opener.current) return;
    const label = opener.current;
    opener.current = undefined;
    const buttons = [...(section.current?.querySelectorAll('button') ?? [])];
    (buttons.find((button) => button.getAttribute('aria-label') === label || button.textContent === label) ?? buttons.at(-1))?.focus();
  }, [editing]);
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
    setDeleting(undefined);
    const result = await remove.run(id);
    if (result?.ok) onSaved(result.value);
  };
  return (
    <fieldset className="settings-group" ref={section}>
      <legend>Presets</legend>
      <ul className="plain-list" aria-label="Presets">
        {settings.presets.map((preset) => (
          <li key={preset.id} className="preset-row">
            <span>
              {preset.name}
              {preset.id === settings.defaultPresetId && <span className="badge">Default</span>}
              {preset.cohosts.length > 0 && <span className="muted small-text"> · {preset.cohosts.length} co-hosts</span>}
            </span>
            <button type="button" className="small" onClick={() => open(preset, `Edit ${preset.name}`)} aria-label={`Edit ${preset.name}`}>
              Edit
            </button>
            {preset.id !== settings.defaultPresetId && (
              <button type="button" className="small danger" onClick={() => setDeleting(preset)} disabled={remove.pending} aria-label={`Delete ${preset.name}`}>
                Delete
              </button>
            )}
          </li>
        ))}
      </ul>
      {editing ? (
        <PresetEditor key={editing.id} preset={editing} saving={save.pending} onSave={(p) => void runSave(p)} onCancel={() => setEditing(undefined)} />
      ) : (
        <button type="button" className="small" onClick={() => open(newPreset(), 'Add preset')} disabled={settings.presets.length >= MAX_PRESETS}>
          Add preset
        </button>
      )}
      <ConfirmDialog
        open={deleting !== undefined}
        title={`Delete the preset “${deleting?.name ?? ''}”?`}
        confirmLabel="Delete preset"
        onConfirm={() => deleting && void runDelete(deleting.id)}
        onCancel={() => setDeleting(undefined)}
      >
        Meetings already created with it keep their settings. This cannot be undone.
      </ConfirmDialog>
      {(save.error ?? remove.error) && <ErrorCallout error={(save.error ?? remove.error)!} onDismiss={() => (save.clearError(), remove.clearError())} />}
    </fieldset>
  );
}
