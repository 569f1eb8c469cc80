import { rename } from 'node:fs/promises';
import type { SettingsFile } from '../core/ports/settings-file';
import { fileIoError, MAX_SETTINGS_BYTES, readDataFile } from './data-file-bytes';

/** What conf and electron-store have in common: one JSON document behind `store`. */
export interface SettingsEngine {
  store: Record<string, unknown>;
}

/**
 * The settings-file port over a conf-style engine (conf in Node hosts, electron-store in the shell).
 * The bytes are checked before the engine parses them, so damage is reported as corrupt, never
 * cleared; the engine is reopened after the file was set aside.
 */
export function createStoreSettingsFile(path: string, open: () => SettingsEngine, maxBytes = MAX_SETTINGS_BYTES): SettingsFile {
  let engine: SettingsEngine | null = null;
  const current = () => (engine ??= open());
  return {
    path,
    read() {
      // The engine parses the file itself; the bytes are checked first.
      return readDataFile(path, maxBytes, 'the settings file', () => current().store);
    },
    async write(data) {
      try {
        current().store = { ...data };
      } catch (error) {
        throw fileIoError('cannot save settings', error);
      }
    },
    async moveAside(stamp) {
      const target = `${path}.corrupt-${stamp}`;
      await rename(path, target);
      engine = null;
      return target;
    },
  };
}
