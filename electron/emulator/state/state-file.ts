/** Optional persistence of the whole state to one JSON file, written atomically and debounced. */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { emptyState, type EmulatorState } from './emulator-state';

const REQUIRED_ARRAYS = ['spaces', 'members', 'conferences', 'participants', 'artifacts', 'transcriptEntries', 'authCodes', 'refreshTokens', 'accessTokens', 'grants'] as const;

/** Loads the state; a missing file is a fresh state, an unreadable one is set aside as `.corrupt-<time>`. */
export function loadStateFile(path: string): EmulatorState {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return emptyState();
  }
  try {
    const parsed = JSON.parse(text) as Partial<EmulatorState>;
    if (parsed.version === 1 && REQUIRED_ARRAYS.every((key) => Array.isArray(parsed[key]))) return { ...emptyState(), ...parsed } as EmulatorState;
  } catch {
    // fall through: the file is set aside below
  }
  const aside = `${path}.corrupt-${Date.now()}`;
  renameSync(path, aside);
  process.emitWarning(`Emulator state file was unreadable; moved to ${aside} and started empty.`);
  return emptyState();
}

/** Writes the state now (temp file + rename, owner-only permissions: it holds tokens). */
export function writeStateFile(path: string, state: EmulatorState): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(state), { mode: 0o600 });
  renameSync(temp, path);
}

/** A saver that coalesces bursts of changes into one write; `flush` writes any pending change. */
export function createStateSaver(path: string, state: () => EmulatorState, debounceMs = 200) {
  let timer: NodeJS.Timeout | undefined;
  const flush = (): void => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    writeStateFile(path, state());
  };
  return {
    changed(): void {
      if (timer !== undefined) return;
      timer = setTimeout(flush, debounceMs);
      timer.unref();
    },
    flush,
  };
}
