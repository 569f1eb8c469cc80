import type { HandlersFor } from '../../../shared/ipc/handlers';
import type { SettingsStore } from './settings-store';

type SettingsChannel = 'settings.get' | 'settings.update' | 'presets.save' | 'presets.delete';

/** Handlers for settings and presets; each answers the full, saved settings. */
export function createSettingsHandlers(store: SettingsStore): HandlersFor<SettingsChannel> {
  return {
    'settings.get': async () => store.get(),
    'settings.update': (patch) => store.update(patch),
    'presets.save': ({ preset }) => store.savePreset(preset),
    'presets.delete': ({ id }) => store.deletePreset(id),
  };
}
