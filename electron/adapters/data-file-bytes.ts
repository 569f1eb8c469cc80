import { fileIoMessage } from '@quickmeet/common/data-file';
import { AppError } from '../../shared/ipc/result';

// The byte checks live in @quickmeet/common, shared with the emulator's demo state file.
export { inspectFileBytes, readDataFile, type FileBytesVerdict } from '@quickmeet/common/data-file';

/** One megabyte: real settings are a few kilobytes; anything this large is damage, refused before parsing (F27). */
export const MAX_SETTINGS_BYTES = 1024 * 1024;

/** An `IO_ERROR` that says in words why the file system refused (full disk, read-only folder, a folder where a file belongs …). */
export const fileIoError = (what: string, error: unknown): AppError =>
  new AppError('IO_ERROR', fileIoMessage(what, error), { cause: error });
