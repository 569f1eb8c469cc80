import ElectronStore from 'electron-store';
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { readSettingsDocument, settingsIoError } from '../adapters/settings-file-bytes';
import type { SettingsFile } from '../core/ports/settings-file';

export interface ElectronStoreSettingsOptions {
  /** The app-data folder (`app.getPath('userData')`), absolute. */
  readonly cwd: string;
  readonly name?: string;
}

/**
 * The settings file over electron-store (conf's format, atomic writes, owner-only mode). The bytes are
 * checked first, by the same rules as the conf adapter, so a damaged file is reported as corrupt, never
 * cleared: the store is opened with `clearInvalidConfig: false` and its SyntaxError is mapped to `corrupt`.
 */
export function createElectronStoreSettingsFile(options: ElectronStoreSettingsOptions): SettingsFile {
  const name = options.name ?? 'settings';
  const path = join(options.cwd, `${name}.json`);
  const open = () =>
    new ElectronStore<Record<string, unknown>>({
      cwd: options.cwd,
      name,
      clearInvalidConfig: false,
      configFileMode: 0o600,
      accessPropertiesByDotNotation: false,
      watch: false,
    });

  return {
    path,
    read() {
      return readSettingsDocument(path, () => open().store);
    },
    async write(data) {
      try {
        open().store = { ...data };
      } catch (error) {
        throw settingsIoError('cannot save settings', error);
      }
    },
    async moveAside(stamp) {
      const aside = `${path}.corrupt-${stamp}`;
      await rename(path, aside);
      return aside;
    },
  };
}
