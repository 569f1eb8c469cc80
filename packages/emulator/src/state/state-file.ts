/** Optional persistence of the whole state to one JSON file, written atomically and debounced. */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileIoMessage, readDataFile } from '@quickmeet/common/data-file';
import type { z } from 'zod';
import { emptyState, emulatorStateSchema, type EmulatorState } from './emulator-state';

/** A long demo stays far below this; anything larger is damage, refused before parsing. */
const MAX_STATE_BYTES = 64 * 1024 * 1024;
const WHAT = 'the demo state file';

/** What went wrong with the state file; the emulator keeps running on its in-memory state either way. */
export type StateFileProblem =
  /** The file was damaged, moved to `movedTo`, and the demo started fresh. */
  | { readonly kind: 'reset'; readonly reason: string; readonly movedTo: string }
  /** The file cannot be read or written; it is left alone and the state lasts until the emulator stops. */
  | { readonly kind: 'notSaved'; readonly reason: string };

/** Where problems go: the app's notices in demo mode, a process warning for the standalone emulator. */
export type StateFileReporter = (problem: StateFileProblem) => void;

export const warnAboutStateFile: StateFileReporter = (problem) =>
  process.emitWarning(
    problem.kind === 'reset'
      ? `Emulator state file was damaged (${problem.reason}); moved to ${problem.movedTo} and started empty.`
      : `Emulator state is not saved: ${problem.reason}.`,
  );

/** The loaded state, and whether the file may be written (never over a file that could not be read or kept). */
export interface LoadedState {
  readonly state: EmulatorState;
  readonly writable: boolean;
}

/** The first problems zod found, with where they are: `spaces[0].createdAt: expected number, received string`. */
function shapeProblems(error: z.ZodError): string {
  const shown = error.issues.slice(0, 3).map((issue) => {
    const where = issue.path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('').replace(/^\./, '');
    return `${where || 'the document'}: ${issue.message}`;
  });
  const more = error.issues.length - shown.length;
  return `${shown.join('; ')}${more > 0 ? ` (and ${more} more)` : ''}`;
}

/**
 * Loads the state under the app's data-file policy: a missing file is a fresh state; an unreadable
 * one (permissions, a folder in its place) is left alone and the demo runs in memory; a damaged one
 * (bytes that are not JSON, or JSON that is not a demo state by the schema) is set aside as
 * `.corrupt-<time>`, so nothing in it is lost, and the demo starts fresh.
 */
export async function loadStateFile(
  path: string,
  report: StateFileReporter = warnAboutStateFile,
): Promise<LoadedState> {
  const found = await readDataFile(path, MAX_STATE_BYTES, WHAT);
  if (found.kind === 'missing') return { state: emptyState(), writable: true };
  if (found.kind === 'unreadable') {
    report({ kind: 'notSaved', reason: found.reason });
    return { state: emptyState(), writable: false };
  }
  let reason: string;
  if (found.kind === 'document') {
    const parsed = emulatorStateSchema.safeParse(found.data);
    if (parsed.success) return { state: parsed.data, writable: true };
    reason = `not a demo state document: ${shapeProblems(parsed.error)}`;
  } else reason = found.reason;
  const movedTo = `${path}.corrupt-${Date.now()}`;
  try {
    await rename(path, movedTo);
  } catch (error) {
    report({
      kind: 'notSaved',
      reason: `the damaged file could not be set aside: ${fileIoMessage(WHAT, error)}`,
    });
    return { state: emptyState(), writable: false };
  }
  report({ kind: 'reset', reason, movedTo });
  return { state: emptyState(), writable: true };
}

/** Writes the state now (temp file + rename, owner-only permissions: it holds tokens); throws what the file system says. */
export function writeStateFile(path: string, state: EmulatorState): void {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    writeFileSync(temp, JSON.stringify(state), { mode: 0o600 });
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * A saver that coalesces bursts of changes into one write; `flush` writes any pending change. A write
 * that fails (read-only folder, a folder in the way) is reported once; the state stays in memory and
 * later changes try again. It never throws, so a timer can call it.
 */
export function createStateSaver(
  path: string,
  state: () => EmulatorState,
  options: { writable?: boolean; report?: StateFileReporter; debounceMs?: number } = {},
) {
  const report = options.report ?? warnAboutStateFile;
  let timer: NodeJS.Timeout | undefined;
  let reported = false;
  const flush = (): void => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    try {
      writeStateFile(path, state());
    } catch (error) {
      if (!reported)
        report({ kind: 'notSaved', reason: fileIoMessage('cannot save the demo state file', error) });
      reported = true;
    }
  };
  return {
    changed(): void {
      if (timer !== undefined || options.writable === false) return;
      timer = setTimeout(flush, options.debounceMs ?? 200);
      timer.unref();
    },
    flush,
  };
}
