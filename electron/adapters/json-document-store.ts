import { randomBytes } from 'node:crypto';
import { chmod, mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { AppError } from '../../shared/ipc/result';
import type { DocumentStore, DocumentStoreFactory } from '../core/ports/document-store';

/** Options for the document folder. */
export interface JsonDocumentStoreOptions {
  /** Documents larger than this read as missing (checked before parsing). */
  readonly maxBytes?: number;
}

/** The document folder, whose writes can be awaited before the process exits. */
export interface JsonDocumentStoreFactory extends DocumentStoreFactory {
  flush(): Promise<void>;
}

const NAME = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Writes `value` as JSON to `file` atomically: temporary file (0600), fsync, rename. */
async function writeAtomically(dir: string, file: string, name: string, value: unknown): Promise<void> {
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
}

/**
 * Named JSON documents as `<dir>/<name>.json`: written atomically (temporary file, fsync, rename)
 * with owner-only mode; a missing, oversized or unparsable file reads as `undefined`. `flush()`
 * waits for the writes in flight, so quitting right after a change does not lose it.
 */
export function createJsonDocumentStoreFactory(dir: string, options: JsonDocumentStoreOptions = {}): JsonDocumentStoreFactory {
  const maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
  // Each write in flight, settled either way, so flush() also waits for failures without rethrowing them.
  const inFlight = new Set<Promise<void>>();
  const track = (write: Promise<void>): Promise<void> => {
    const settled = write.then(
      () => void inFlight.delete(settled),
      () => void inFlight.delete(settled),
    );
    inFlight.add(settled);
    return write;
  };

  const openDocument = (name: string): DocumentStore => {
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
      write: (value) => track(writeAtomically(dir, file, name, value)),
    };
  };

  return Object.assign(openDocument, {
    async flush() {
      // Callers queue writes in promise callbacks (the registry and the spare pool chain theirs): let
      // those run before looking, and look again after each round settles, until no new write starts.
      await nextTurn();
      while (inFlight.size > 0) {
        await Promise.all(inFlight);
        await nextTurn();
      }
    },
  });
}
