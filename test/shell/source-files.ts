import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Every .ts/.tsx/.mts/.js/.mjs source file under the given top-level folders (absolute paths). */
export function sourceFiles(folders: ReadonlyArray<string>): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(?:ts|tsx|mts|cts|js|mjs|cjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) found.push(path);
    }
  };
  for (const folder of folders) walk(join(REPO_ROOT, folder));
  return found.sort();
}

/** A path relative to the repository root, with forward slashes. */
export const repoPath = (file: string): string => relative(REPO_ROOT, file).split('\\').join('/');
