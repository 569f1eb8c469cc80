import type { HandlersFor } from '../../../shared/ipc/handlers';
import type { FileWriter } from '../ports/file-writer';
import type { SettingsStore } from './settings-store';

type SettingsChannel = 'settings.get' | 'settings.update' | 'presets.save' | 'presets.delete' | 'settings.describeExportFolder';

/** Handlers for settings and presets; each answers the full, saved settings. */
export function createSettingsHandlers(store: SettingsStore, files: FileWriter): HandlersFor<SettingsChannel> {
  return {
    'settings.describeExportFolder': ({ folder }) => files.describeFolder(folder),
    'settings.get': async () => store.get(),
    'settings.update': (patch) => store.update(patch),
    'presets.save': ({ preset }) => store.savePreset(preset),
    'presets.delete': ({ id }) => store.deletePreset(id),
  };
}
