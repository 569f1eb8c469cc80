import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Logger } from '../core/ports/logger';
import { redactSecrets } from './redact-secrets';

const MAX_BYTES = 1024 * 1024;

/** Appends JSON lines to `file` (rotated at 1 MB, owner-only), redacting token shapes; optionally echoes to stderr. */
export function createFileLogger(file: string, options: { echo?: boolean } = {}): Logger {
  const write = (level: string, message: string, fields?: object) => {
    const line = redactSecrets(JSON.stringify({ time: new Date().toISOString(), level, message, ...fields })) + '\n';
    try {
      mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
      if ((statSync(file, { throwIfNoEntry: false })?.size ?? 0) > MAX_BYTES) renameSync(file, `${file}.1`);
      appendFileSync(file, line, { mode: 0o600 });
    } catch {
      // A full or read-only disk must not take the app down; the echo still shows the line.
    }
    if (options.echo) process.stderr.write(line);
  };
  return {
    info: (message, fields) => write('info', message, fields),
    warn: (message, fields) => write('warn', message, fields),
    error: (message, fields) => write('error', message, fields),
  };
}
