import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Conf from 'conf';
import type { SettingsFile } from '../core/ports/settings-file';
import { MAX_SETTINGS_BYTES } from './data-file-bytes';
import { createStoreSettingsFile } from './store-settings-file';

/** Where the settings file lives and how big it may be. */
export interface ConfSettingsFileOptions {
  /** The app-data folder. */
  readonly dir: string;
  /** File name without `.json`; `settings` by default. */
  readonly name?: string;
  /** Larger files are set aside unread (checked by size before any parse). */
  readonly maxBytes?: number;
}

/**
 * The settings file through conf (electron-store's engine and format: JSON, atomic writes), mode
 * 0600 in a 0700 folder. Damage is reported, never repaired here: the core decides to set it aside.
 */
export function createConfSettingsFile(options: ConfSettingsFileOptions): SettingsFile {
  const name = options.name ?? 'settings';
  const path = join(options.dir, `${name}.json`);
  return createStoreSettingsFile(
    path,
    () => {
      mkdirSync(options.dir, { recursive: true, mode: 0o700 });
      return new Conf<Record<string, unknown>>({ cwd: options.dir, configName: name, configFileMode: 0o600, clearInvalidConfig: false, accessPropertiesByDotNotation: false, watch: false });
    },
    options.maxBytes ?? MAX_SETTINGS_BYTES,
  );
}
