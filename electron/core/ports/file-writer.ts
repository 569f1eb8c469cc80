/**
 * Writes an export (transcript, attendance CSV) as a new file. `folder` empty means the documented
 * default: `<Documents>/Quickmeet`, or `<home>/Quickmeet` where there is no Documents folder.
 * `fileName` must be a plain name without folders; an existing file is never overwritten (a suffix is
 * added). Answers the full path written. Throws `AppError('IO_ERROR')`.
 */
export interface FileWriter {
  writeNewFile(folder: string, fileName: string, contents: string): Promise<string>;
}
