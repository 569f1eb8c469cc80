/**
 * Writes an export (transcript, attendance CSV) as a new file. `folder` empty means the documented
 * default: `<Documents>/Quickmeet`, or `<home>/Quickmeet` where there is no Documents folder.
 * `fileName` must be a plain name without folders; an existing file is never overwritten (a suffix is
 * added). Answers the full path written. Throws `AppError('IO_ERROR')`.
 */
export interface FileWriter {
  writeNewFile(folder: string, fileName: string, contents: string): Promise<string>;
  /**
   * Where exports to `folder` would go (empty: the default folder) and whether it exists yet, so the
   * window can say where files land and ask before a mistyped folder is created. `problem` when the
   * folder cannot be used at all (not a full path).
   */
  describeFolder(folder: string): Promise<{ readonly path: string; readonly exists: boolean; readonly problem?: string }>;
}
