import { mkdirSync } from 'node:fs';
import { open, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import Conf from 'conf';
import { AppError } from '../../shared/ipc/result';
import type { SettingsFile, SettingsFileRead } from '../core/ports/settings-file';

/** Where the settings file lives and how big it may be. */
export interface ConfSettingsFileOptions {
  /** The app-data folder. */
  readonly dir: string;
  /** File name without `.json`; `settings` by default. */
  readonly name?: string;
  /** Larger files are set aside unread (checked by size before any parse). */
  readonly maxBytes?: number;
}

/** One megabyte: real settings are a few kilobytes; anything this large is damage, not settings. */
export const MAX_SETTINGS_BYTES = 1024 * 1024;

const codeOf = (error: unknown): string => (typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '');

function ioError(what: string, error: unknown): AppError {
  const code = codeOf(error);
  const reason = code === 'ENOSPC' ? 'the disk is full' : code === 'EROFS' || code === 'EACCES' || code === 'EPERM' ? 'the folder is read-only' : 'the file system refused';
  return new AppError('IO_ERROR', `${what}: ${reason}${code ? ` (${code})` : ''}`, { cause: error });
}

async function headOf(path: string, size: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(size);
    await handle.read(buffer, 0, size, 0);
    return buffer;
  } finally {
    await handle.close();
  }
}

/**
 * The settings file through conf (electron-store's engine and format: JSON, atomic writes), mode
 * 0600 in a 0700 folder. Damage is reported, never repaired here: the core decides to set it aside.
 */
export function createConfSettingsFile(options: ConfSettingsFileOptions): SettingsFile {
  const name = options.name ?? 'settings';
  const maxBytes = options.maxBytes ?? MAX_SETTINGS_BYTES;
  const path = join(options.dir, `${name}.json`);
  let conf: Conf<Record<string, unknown>> | null = null;
  const engine = () => {
    mkdirSync(options.dir, { recursive: true, mode: 0o700 });
    conf ??= new Conf<Record<string, unknown>>({ cwd: options.dir, configName: name, configFileMode: 0o600, clearInvalidConfig: false, accessPropertiesByDotNotation: false, watch: false });
    return conf;
  };

  return {
    path,
    async read(): Promise<SettingsFileRead> {
      let size: number;
      try {
        size = (await stat(path)).size;
      } catch (error) {
        return codeOf(error) === 'ENOENT' ? { kind: 'missing' } : { kind: 'unreadable', reason: ioError('cannot read the settings file', error).message };
      }
      if (size === 0) return { kind: 'corrupt', reason: 'the file is empty' };
      if (size > maxBytes) return { kind: 'corrupt', reason: `the file is ${Math.round(size / 1024)} KB, larger than settings can be` };
      try {
        // NUL bytes are what a crash during a non-atomic write leaves behind.
        if ((await headOf(path, Math.min(size, 4096))).includes(0)) return { kind: 'corrupt', reason: 'the file holds NUL bytes' };
        return { kind: 'document', data: engine().store };
      } catch (error) {
        if (error instanceof SyntaxError) return { kind: 'corrupt', reason: 'the file is not valid JSON' };
        return { kind: 'unreadable', reason: ioError('cannot read the settings file', error).message };
      }
    },
    async write(data) {
      try {
        engine().store = { ...data };
      } catch (error) {
        throw ioError('cannot save settings', error);
      }
    },
    async moveAside(stamp) {
      const target = `${path}.corrupt-${stamp}`;
      await rename(path, target);
      conf = null;
      return target;
    },
  };
}
