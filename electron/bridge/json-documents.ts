import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocumentStoreFactory } from '../core/ports/document-store';

/** JSON documents as files in `folder` (owner-only). */
export function createJsonDocuments(folder: string): DocumentStoreFactory {
  return (name) => {
    const file = join(folder, `${name}.json`);
    return {
      read: async () => {
        try {
          return JSON.parse(await readFile(file, 'utf8')) as unknown;
        } catch {
          return undefined;
        }
      },
      write: async (value) => {
        await mkdir(folder, { recursive: true, mode: 0o700 });
        await writeFile(file, JSON.stringify(value), { mode: 0o600 });
      },
    };
  };
}
