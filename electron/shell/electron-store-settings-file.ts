import ElectronStore from 'electron-store';
import { join } from 'node:path';
import { createStoreSettingsFile } from '../adapters/store-settings-file';
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
  return createStoreSettingsFile(
    join(options.cwd, `${name}.json`),
    () =>
      new ElectronStore<Record<string, unknown>>({
        cwd: options.cwd,
        name,
        clearInvalidConfig: false,
        configFileMode: 0o600,
        accessPropertiesByDotNotation: false,
        watch: false,
      }),
  );
}
