import { mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNodeFileWriter } from '../../../electron/adapters/node-file-writer';

describe('export file writer', () => {
  it('creates the export folder for its owner only (0700), and each export 0600', async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'quickmeet-exports-')), 'Documents', 'Quickmeet');
    const path = await createNodeFileWriter(() => folder).writeNewFile('', 'attendance.csv', 'name\n');
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    expect(statSync(join(folder, '..')).mode & 0o777).toBe(0o700);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8')).toBe('name\n');
  });

  it('leaves the mode of a folder the person chose and that already exists', async () => {
    const chosen = mkdtempSync(join(tmpdir(), 'quickmeet-exports-'));
    mkdirSync(join(chosen, 'shared'), { mode: 0o755 });
    await createNodeFileWriter().writeNewFile(join(chosen, 'shared'), 'a.txt', 'a');
    expect(statSync(join(chosen, 'shared')).mode & 0o777).toBe(0o755 & ~process.umask());
  });
});
