import { randomBytes } from 'node:crypto';
import { chmod, mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileIoError } from './data-file-bytes';

/**
 * Writes `value` as JSON to `file` atomically: temporary file (0600), fsync, rename, so a crash leaves
 * the old file or the new one, never half of one. The one atomic writer of the app's JSON files;
 * a failure is a file error naming `name`.
 */
export async function writeJsonAtomically(file: string, value: unknown, name: string): Promise<void> {
  const temporary = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await mkdir(dirname(file), { recursive: true, mode: 0o700 });
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
    throw fileIoError(`Could not save ${name}`, error);
  }
}
