/** What reading the settings file found; the core validates `data` and decides what to do. */
export type SettingsFileRead =
  | { readonly kind: 'missing' }
  | { readonly kind: 'document'; readonly data: unknown }
  /** The bytes cannot be a settings document (empty, NULs, not JSON, too large). */
  | { readonly kind: 'corrupt'; readonly reason: string }
  /** The file could not be read at all (permissions, I/O); it is left alone. */
  | { readonly kind: 'unreadable'; readonly reason: string };

/** The one settings file (conf in Node hosts, electron-store in the shell; same format). */
export interface SettingsFile {
  readonly path: string;
  read(): Promise<SettingsFileRead>;
  /** Writes atomically with owner-only mode; throws `AppError('IO_ERROR')` (read-only, ENOSPC …). */
  write(data: Readonly<Record<string, unknown>>): Promise<void>;
  /** Renames the file to `<path>.corrupt-<stamp>` and answers the new path. */
  moveAside(stamp: string): Promise<string>;
}
