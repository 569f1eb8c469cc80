import ElectronStore from 'electron-store';
import { readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../shared/ipc/result';
import type { SettingsFile, SettingsFileRead } from '../core/ports/settings-file';

/** A settings document is a few KB; anything this large is damage, refused before parsing (F27). */
export const MAX_SETTINGS_BYTES = 1024 * 1024;

export interface ElectronStoreSettingsOptions {
  /** The app-data folder (`app.getPath('userData')`), absolute. */
  readonly cwd: string;
  readonly name?: string;
}

/**
 * The settings file over electron-store (conf's format, atomic writes, owner-only mode). The bytes are
 * checked first (size, empty, NUL) so a damaged file is reported as corrupt, never cleared: the store
 * is opened with `clearInvalidConfig: false` and its SyntaxError is mapped to `corrupt` too.
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
    async read(): Promise<SettingsFileRead> {
      let bytes: Buffer;
      try {
        bytes = await readFile(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
        return { kind: 'unreadable', reason: (error as NodeJS.ErrnoException).code ?? 'read failed' };
      }
      if (bytes.length > MAX_SETTINGS_BYTES) return { kind: 'corrupt', reason: `larger than ${MAX_SETTINGS_BYTES} bytes` };
      if (bytes.length === 0) return { kind: 'corrupt', reason: 'empty file' };
      if (bytes.includes(0)) return { kind: 'corrupt', reason: 'contains NUL bytes' };
      try {
        return { kind: 'document', data: open().store };
      } catch (error) {
        if (error instanceof SyntaxError) return { kind: 'corrupt', reason: 'not valid JSON' };
        return { kind: 'unreadable', reason: error instanceof Error ? error.message : 'read failed' };
      }
    },
    async write(data) {
      try {
        open().store = { ...data };
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'write failed';
        throw new AppError('IO_ERROR', `Settings could not be saved (${code}).`, { cause: error });
      }
    },
    async moveAside(stamp) {
      const aside = `${path}.corrupt-${stamp}`;
      await rename(path, aside);
      return aside;
    },
  };
}
