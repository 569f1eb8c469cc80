import { createSerialQueue } from '../../shared/async/serial-queue';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { lock } from 'proper-lockfile';
import type { CreateLedger, CreateRecord } from '../core/ports/create-ledger';
import type { Logger } from '../core/ports/logger';
import { writeJsonAtomically } from './atomic-json-file';

const emptyRecord = (): CreateRecord => ({ taken: [], blockedUntil: 0 });

/** The record in `file`, or an empty one when it is missing or not a record (it only ever holds the last minute). */
async function readRecord(file: string): Promise<CreateRecord> {
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as Partial<CreateRecord>;
    const taken = Array.isArray(data.taken) ? data.taken.filter((at): at is number => Number.isFinite(at)).slice(-1000) : [];
    return { taken, blockedUntil: Number.isFinite(data.blockedUntil) ? Number(data.blockedUntil) : 0 };
  } catch {
    return emptyRecord();
  }
}


/**
 * The create budget's record in `file` (in the app-data folder), changed under a lock file so the
 * app and every `quickmeet` command share Google's 10 creates a minute. proper-lockfile takes the
 * lock with an atomic mkdir and keeps it fresh, and breaks one left by a crashed process after
 * `stale` ms. Updates of this process queue first, so it never contends with itself. When the
 * folder cannot be locked or written, the budget carries on for this process alone.
 */
export function createFileCreateLedger(file: string, logger?: Logger): CreateLedger {
  const updates = createSerialQueue();
  let fallback: CreateRecord | undefined;

  const once = async <T>(change: (record: CreateRecord) => T): Promise<T> => {
    if (fallback) return change(fallback);
    let release: (() => Promise<void>) | undefined;
    try {
      await mkdir(dirname(file), { recursive: true, mode: 0o700 });
      // realpath: false, because the record file need not exist yet; retries wait out another process's update (milliseconds).
      release = await lock(file, { realpath: false, stale: 10_000, retries: { retries: 40, minTimeout: 5, maxTimeout: 100 } });
    } catch (error) {
      logger?.warn('create budget not shared with other processes', { reason: error instanceof Error ? error.message : 'unknown' });
      fallback = emptyRecord();
      return change(fallback);
    }
    try {
      const record = await readRecord(file);
      const result = change(record);
      await writeJsonAtomically(file, record, 'the create budget').catch((error: unknown) => {
        logger?.warn('create budget not saved', { reason: error instanceof Error ? error.message : 'unknown' });
        fallback = record;
      });
      return result;
    } finally {
      await release().catch(() => undefined);
    }
  };

  return {
    update: (change) => updates.run(() => once(change)),
  };
}
