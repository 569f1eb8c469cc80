import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { check, lock, unlock } from 'proper-lockfile';
import { z } from 'zod';
import { writeJsonAtomically } from './atomic-json-file';

/** The lock (a folder proper-lockfile creates atomically) and the note saying who holds it. */
const LOCK_NAME = 'running.lock';
const NOTE_NAME = 'running-host.json';
/** proper-lockfile refreshes the lock's mtime every `stale / 2`; one older than this belongs to a process that died. */
const STALE_MS = 10_000;

/** What a long-running host says about itself in the data folder it holds. */
export const RunningHostNote = z.object({
  pid: z.number().int().positive(),
  host: z.enum(['electron', 'bridge']),
  /** The preview's address, once it serves. */
  url: z.string().max(2000).optional(),
  /** The demo emulator's base URL, which a short `quickmeet` command uses instead of starting its own. */
  emulatorUrl: z.string().max(200).optional(),
});
export type RunningHostNote = z.infer<typeof RunningHostNote>;

/** A second long-running host on a data folder someone already runs on. */
export class DataFolderInUseError extends Error {
  constructor(
    readonly dir: string,
    readonly holder: RunningHostNote | undefined,
  ) {
    super(inUseMessage(dir, holder));
    this.name = 'DataFolderInUseError';
  }
}

function inUseMessage(dir: string, holder: RunningHostNote | undefined): string {
  const where =
    holder === undefined
      ? ''
      : holder.host === 'bridge'
        ? ` (in the browser${holder.url ? ` at ${holder.url}` : ''}, process ${holder.pid})`
        : ` (the Quickmeet window, process ${holder.pid})`;
  return `Quickmeet is already running on ${dir}${where}. Use that one, or stop it first (Ctrl+C in its terminal, or Quit in its tray menu).`;
}

/** The data folder held by this process until `release`. */
export interface HeldDataFolder {
  /** Adds to the note (the demo emulator's URL, the preview's once it serves). */
  announce(details: Pick<RunningHostNote, 'url' | 'emulatorUrl'>): Promise<void>;
  release(): Promise<void>;
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const lockOptions = (dir: string) => ({ lockfilePath: join(dir, LOCK_NAME), realpath: false });

async function readNote(dir: string): Promise<RunningHostNote | undefined> {
  try {
    const parsed = RunningHostNote.safeParse(JSON.parse(await readFile(join(dir, NOTE_NAME), 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Holds `dir` for one long-running host (the app, the preview) with proper-lockfile's mkdir lock, kept fresh
 * while the process lives and taken over `STALE_MS` after it dies; a holder whose process is gone is taken
 * over at once. A second host gets a `DataFolderInUseError` saying where the first one is, before it has
 * touched a file. Short `quickmeet` commands do not hold it: they share the files with the running host.
 */
export async function holdDataFolder(
  dir: string,
  note: Omit<RunningHostNote, 'pid'>,
  onLost: (reason: string) => void = () => undefined,
): Promise<HeldDataFolder> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const take = () =>
    lock(dir, {
      ...lockOptions(dir),
      stale: STALE_MS,
      // Default: throw from a timer, which would end the app after a long sleep. The app keeps going; a
      // second host may then start beside it, as it could before this lock.
      onCompromised: (error) => onLost(error.message),
    });
  let release: () => Promise<void>;
  try {
    release = await take();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    const holder = await readNote(dir);
    if (holder === undefined || isAlive(holder.pid)) throw new DataFolderInUseError(dir, holder);
    // Its process ended within the last seconds (a crash, a kill): the lock is left over.
    await unlock(dir, lockOptions(dir)).catch(() => undefined);
    release = await take().catch((again: unknown) => {
      throw (again as NodeJS.ErrnoException).code === 'ELOCKED' ? new DataFolderInUseError(dir, undefined) : again;
    });
  }
  let current: RunningHostNote = { ...note, pid: process.pid };
  await writeJsonAtomically(join(dir, NOTE_NAME), current, 'the running-host note');
  let released: Promise<void> | undefined;
  return {
    async announce(details) {
      current = { ...current, ...details };
      await writeJsonAtomically(join(dir, NOTE_NAME), current, 'the running-host note');
    },
    release: () =>
      (released ??= (async () => {
        await rm(join(dir, NOTE_NAME), { force: true });
        await release().catch(() => undefined);
      })()),
  };
}

/** The long-running host holding `dir`, if one is alive there now. */
export async function findRunningHost(dir: string): Promise<RunningHostNote | undefined> {
  const held = await check(dir, { ...lockOptions(dir), stale: STALE_MS }).catch(() => false);
  if (!held) return undefined;
  const note = await readNote(dir);
  return note && isAlive(note.pid) ? note : undefined;
}
