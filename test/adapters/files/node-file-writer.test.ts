import { mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileManagerCommand } from '../../../electron/adapters/file-manager';
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

  it('shows only files it saved in this run in the file manager, and says where the file is when none starts', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'quickmeet-export-'));
    const revealed: string[] = [];
    let failing = false;
    const files = createNodeFileWriter(
      () => folder,
      async (path) => {
        if (failing) throw new Error('xdg-open failed (exit status 3)');
        revealed.push(path);
      },
    );
    const path = await files.writeNewFile('', 'attendance.csv', 'name\n');
    await files.showInFolder(path);
    expect(revealed).toEqual([path]);
    for (const other of ['/etc/passwd', folder, `${path}/..`, join(folder, 'other.csv')]) {
      await expect(files.showInFolder(other)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    }
    expect(revealed).toEqual([path]);
    failing = true;
    await expect(files.showInFolder(path)).rejects.toMatchObject({ code: 'IO_ERROR', message: `Could not open a file manager (xdg-open failed (exit status 3)). The file is at ${path}.` });
  });

  it('asks each platform for its file manager with the path as one argument', () => {
    const path = '/home/ada/Quickmeet/a "b" & c.csv';
    expect(fileManagerCommand(path, 'darwin')).toEqual({ command: 'open', args: ['-R', path] });
    expect(fileManagerCommand('C:\\Users\\ada\\a & b.csv', 'win32')).toEqual({ command: 'explorer.exe', args: ['/select,C:\\Users\\ada\\a & b.csv'], exitStatusMeansNothing: true });
    expect(fileManagerCommand(path, 'linux')).toEqual({ command: 'xdg-open', args: ['/home/ada/Quickmeet'] });
  });
});

