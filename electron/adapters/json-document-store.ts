import { randomBytes } from 'node:crypto';
import { chmod, mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../shared/ipc/result';
import type { DocumentStoreFactory } from '../core/ports/document-store';

/** Options for the document folder. */
export interface JsonDocumentStoreOptions {
  /** Documents larger than this read as missing (checked before parsing). */
  readonly maxBytes?: number;
}

const NAME = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * Named JSON documents as `<dir>/<name>.json`: written atomically (temporary file, fsync, rename)
 * with owner-only mode; a missing, oversized or unparsable file reads as `undefined`.
 */
export function createJsonDocumentStoreFactory(dir: string, options: JsonDocumentStoreOptions = {}): DocumentStoreFactory {
  const maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
  return (name) => {
    if (!NAME.test(name)) throw new Error(`Invalid document name: ${name}`);
    const file = join(dir, `${name}.json`);
    return {
      async read() {
        try {
          if ((await stat(file)).size > maxBytes) return undefined;
          return JSON.parse(await readFile(file, 'utf8')) as unknown;
        } catch {
          return undefined;
        }
      },
      async write(value) {
        const temporary = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
        try {
          await mkdir(dir, { recursive: true, mode: 0o700 });
          const handle = await open(temporary, 'wx', 0o600);
          try {
            await handle.writeFile(JSON.stringify(value), 'utf8');
            await handle.sync();
          } finally {
            await handle.close();
          }
          await rename(temporary, file);
          await chmod(file, 0o600);
        } catch (error) {
          await rm(temporary, { force: true }).catch(() => undefined);
          const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'unknown';
          throw new AppError('IO_ERROR', `Could not save ${name} (${code}).`, { cause: error });
        }
      },
    };
  };
}
