import { readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { DocumentStore, DocumentStoreFactory } from '../core/ports/document-store';
import { writeJsonAtomically } from './atomic-json-file';
import { readDataFile } from './data-file-bytes';

/** Options for the document folder. */
export interface JsonDocumentStoreOptions {
  /** Documents larger than this are damaged (checked before parsing). */
  readonly maxBytes?: number;
}

/** The document folder, whose writes can be awaited before the process exits. */
export interface JsonDocumentStoreFactory extends DocumentStoreFactory {
  flush(): Promise<void>;
}

const NAME = /^[a-z0-9][a-z0-9-]{0,63}$/;


/**
 * Named JSON documents as `<dir>/<name>.json`: written atomically (temporary file, fsync, rename)
 * with owner-only mode; `inspect` tells a missing, unreadable and damaged file apart (`read`
 * answers `undefined` for all three), and `moveAside` keeps a damaged one. `flush()`
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
    const inspect = () => readDataFile(file, maxBytes, `the ${name} file`);
    return {
      async read() {
        const found = await inspect();
        return found.kind === 'document' ? found.data : undefined;
      },
      inspect,
      write: (value) => track(writeJsonAtomically(file, value, name)),
      async moveAside(stamp) {
        const target = `${file}.corrupt-${stamp}`;
        await rename(file, target);
        return target;
      },
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

/** The temporary files this store and the demo state file write: `<name>.json.<pid>[.<random>].tmp`. */
const OWN_TEMPORARY = /\.json\.(\d+)(?:\.[0-9a-f]+)?\.tmp$/;
/** The settings engine's (conf's `atomically`): `settings.json.tmp-<10 digits><6 hex>`, no process id. */
const ENGINE_TEMPORARY = /\.json\.tmp-\d{10}[0-9a-f]{6}$/;
/** An engine temporary file this old belongs to no write under way (writes take milliseconds). */
const ENGINE_WRITE_MS = 60_000;

const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as { code?: string }).code === 'EPERM';
  }
};

async function isLeftover(dir: string, name: string, now: number): Promise<boolean> {
  const pid = OWN_TEMPORARY.exec(name)?.[1];
  if (pid !== undefined) return Number(pid) !== process.pid && !isRunning(Number(pid));
  if (!ENGINE_TEMPORARY.test(name)) return false;
  const modified = await stat(join(dir, name)).then(
    (info) => info.mtimeMs,
    () => now,
  );
  return now - modified > ENGINE_WRITE_MS;
}

/**
 * Removes temporary files a crashed process left in `dir` (a write cut off before its rename). Files
 * of a process still running (another `quickmeet` command, the app) are left alone: that write is
 * still under way. Answers the names removed.
 */
export async function removeLeftoverTemporaryFiles(dir: string, now = Date.now()): Promise<ReadonlyArray<string>> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const verdicts = await Promise.all(names.map((name) => isLeftover(dir, name, now)));
  const leftovers = names.filter((_name, index) => verdicts[index]);
  await Promise.all(leftovers.map((name) => rm(join(dir, name), { force: true }).catch(() => undefined)));
  return leftovers;
}
