import { useId, useState } from 'react';
import type { AuthState } from '../../../shared/model/auth-state';
import type { CopyFormat } from '../../../shared/model/meeting';
import type { Settings, SettingsPatch } from '../../../shared/model/settings';
import { quickmeet } from '../../api/quickmeet';
import { useAction } from '../../api/use-action';
import type { RemoteState } from '../../api/use-remote-state';
import { ErrorCallout } from '../../components/error-callout';
import { ExportFolderField } from './export-folder-field';
import { InstantUpdatesSection } from './instant-updates-section';
import { PermissionsSection } from './permissions-section';
import { PresetsSection } from './presets-section';
import { ShortcutForm } from './shortcut-form';

const COPY_FORMATS: ReadonlyArray<readonly [CopyFormat, string]> = [
  ['uri', 'Link (https://meet.google.com/…)'],
  ['code', 'Meeting code only'],
  ['markdown', 'Markdown link'],
  ['invite', 'Invitation text with dial-in'],
];

export interface SettingsPanelProps {
  readonly settings: RemoteState<Settings>;
  /** Who is signed in and which optional permissions they granted. */
  readonly auth: RemoteState<AuthState>;
}

/** Every setting, saved field by field as the user changes it, and the optional Google permissions. */
export function SettingsPanel({ settings, auth }: SettingsPanelProps) {
  const update = useAction((patch: SettingsPatch) => quickmeet().settings.update(patch));
  const [status, setStatus] = useState('');
  const id = useId();
  const value = settings.value;

  const apply = async (patch: SettingsPatch) => {
    // "Saved." speaks of the last attempt only: a failed or refused one must not sit under it.
    setStatus('');
    const result = await update.run(patch);
    if (result?.ok) {
      settings.set(result.value);
      setStatus('Saved.');
    }
  };
  if (!value) {
    return (
      <section className="panel" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>Settings</h2>
        {settings.error ? (
          <ErrorCallout error={settings.error} onRetry={settings.reload} />
        ) : (
          <p className="empty">Loading settings…</p>
        )}
      </section>
    );
  }
  return (
    <section className="panel settings" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Settings</h2>
      <fieldset className="settings-group">
        <legend>New meetings</legend>
        <label className="field">
          <span>Copy the link as</span>
          <select
            value={value.copyFormat}
            onChange={(event) => void apply({ copyFormat: event.target.value as CopyFormat })}
          >
            {COPY_FORMATS.map(([format, label]) => (
              <option key={format} value={format}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Default preset</span>
          <select
            value={value.defaultPresetId}
            onChange={(event) => void apply({ defaultPresetId: event.target.value })}
          >
            {value.presets.map((preset) => (
              <option key={preset.id} value={preset.id}>
                {preset.name}
              </option>
            ))}
          </select>
        </label>
        <Toggle
          label="Keep a spare meeting ready (faster links)"
          checked={value.keepSpareSpace}
          onChange={(on) => apply({ keepSpareSpace: on })}
        />
        <Toggle
          label="Notify me when someone joins"
          checked={value.notifyOnJoin}
          onChange={(on) => apply({ notifyOnJoin: on })}
        />
        <Toggle label="Open Quickmeet when I log in" checked={value.openAtLogin} onChange={(on) => apply({ openAtLogin: on })} />
      </fieldset>
      <fieldset className="settings-group">
        <legend>Global shortcut</legend>
        <ShortcutForm
          saved={value.shortcut}
          onAttempt={() => setStatus('')}
          onSaved={(next) => (settings.set(next), setStatus('Saved.'))}
        />
      </fieldset>
      <fieldset className="settings-group">
        <legend>Exports</legend>
        <ExportFolderField saved={value.transcriptFolder} onSave={(folder) => apply({ transcriptFolder: folder })} />
      </fieldset>
      <PermissionsSection auth={auth} />
      <InstantUpdatesSection settings={value} auth={auth.value} />
      <PresetsSection settings={value} onSaved={settings.set} />
      {update.error && <ErrorCallout error={update.error} onDismiss={update.clearError} />}
      <p className="status" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}

/** A switch that moves at once when clicked and moves back if saving fails. */
function Toggle({
  label,
  checked,
  onChange,
}: {
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (on: boolean) => Promise<unknown>;
}) {
  const [moving, setMoving] = useState<boolean>();
  const change = (on: boolean) => {
    setMoving(on);
    void onChange(on).finally(() => setMoving(undefined));
  };
  return (
    <label className="toggle">
      <input
        type="checkbox"
        role="switch"
        checked={moving ?? checked}
        onChange={(event) => change(event.target.checked)}
      />
      <span>{label}</span>
    </label>
  );
}
