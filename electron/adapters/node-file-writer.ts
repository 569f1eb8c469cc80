import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, isAbsolute, join, parse } from 'node:path';
import { AppError } from '../../shared/ipc/result';
import type { FileWriter } from '../core/ports/file-writer';

/** The documented default export folder: `~/Documents/Quickmeet`, or `~/Quickmeet` without Documents. */
export function defaultExportFolder(home = homedir()): string {
  const documents = join(home, 'Documents');
  return join(existsSync(documents) ? documents : home, 'Quickmeet');
}

const MAX_SUFFIX = 100;

/** Writes exports with Node's fs: creates the folder (0700), never overwrites (`name (2).csv`), mode 0600. */
export function createNodeFileWriter(defaultFolder: () => string = defaultExportFolder): FileWriter {
  return {
    async describeFolder(folder) {
      const path = folder === '' ? defaultFolder() : folder;
      if (!isAbsolute(path)) return { path, exists: false, problem: `The export folder must be a full path, such as ${defaultFolder()}.` };
      return { path, exists: existsSync(path) };
    },
    async writeNewFile(folder, fileName, contents) {
      if (fileName === '' || basename(fileName) !== fileName || fileName.startsWith('.')) {
        throw new AppError('IO_ERROR', 'An export file name must be a plain name without folders.');
      }
      const target = folder === '' ? defaultFolder() : folder;
      if (!isAbsolute(target)) throw new AppError('IO_ERROR', `The export folder must be a full path: ${target}`);
      try {
        // Transcripts and attendance lists are private: a folder Quickmeet creates is the owner's only.
        await mkdir(target, { recursive: true, mode: 0o700 });
        const { name, ext } = parse(fileName);
        for (let attempt = 1; attempt <= MAX_SUFFIX; attempt += 1) {
          const path = join(target, attempt === 1 ? fileName : `${name} (${attempt})${ext}`);
          try {
            // 'wx' fails when the file exists, so an earlier export is never replaced.
            await writeFile(path, contents, { encoding: 'utf8', flag: 'wx', mode: 0o600 });
            return path;
          } catch (error) {
            if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
          }
        }
        throw new AppError('IO_ERROR', `Too many exports named ${fileName} in ${target}.`);
      } catch (error) {
        if (error instanceof AppError) throw error;
        const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
        throw new AppError('IO_ERROR', `Could not save the file in ${target} (${code}).`, { cause: error });
      }
    },
  };
}
