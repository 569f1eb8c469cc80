import type { DocumentRead } from './document-store';

/** What reading the settings file found: the same kinds as every data file. */
export type SettingsFileRead = DocumentRead;

/** The one settings file (conf in Node hosts, electron-store in the shell; same format). */
export interface SettingsFile {
  readonly path: string;
  read(): Promise<SettingsFileRead>;
  /** Writes atomically with owner-only mode; throws `AppError('IO_ERROR')` (read-only, ENOSPC …). */
  write(data: Readonly<Record<string, unknown>>): Promise<void>;
  /** Renames the file to `<path>.corrupt-<stamp>` and answers the new path. */
  moveAside(stamp: string): Promise<string>;
}
