import { chmodSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { createElectronStoreSettingsFile as Factory } from '../../electron/shell/electron-store-settings-file';

let createFile: typeof Factory;

beforeAll(async () => {
  // electron-store imports `electron`, whose entry looks for the binary (absent here) unless told where it is.
  process.env.ELECTRON_OVERRIDE_DIST_PATH ??= tmpdir();
  ({ createElectronStoreSettingsFile: createFile } = await import('../../electron/shell/electron-store-settings-file'));
});

const fresh = () => {
  const cwd = mkdtempSync(join(tmpdir(), 'quickmeet-settings-'));
  return { cwd, file: createFile({ cwd }) };
};

describe('electron-store settings file (real files)', () => {
  it('reads missing, then what it wrote, with owner-only mode', async () => {
    const { file } = fresh();
    expect(await file.read()).toEqual({ kind: 'missing' });
    await file.write({ copyFormat: 'code', version: 1 });
    expect(await file.read()).toEqual({ kind: 'document', data: { copyFormat: 'code', version: 1 } });
    expect(statSync(file.path).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file.path, 'utf8'))).toEqual({ copyFormat: 'code', version: 1 });
  });

  it.each<[string, string | Buffer, string]>([
    ['truncated JSON', '{"copyFormat": "co', 'not valid JSON'],
    ['an empty file', '', 'empty file'],
    ['NUL bytes', Buffer.alloc(64), 'contains NUL bytes'],
    ['a huge file', Buffer.alloc(2 * 1024 * 1024, 0x20), 'larger than'],
  ])('reports %s as corrupt and leaves the bytes alone', async (_name, content, reason) => {
    const { file } = fresh();
    writeFileSync(file.path, content);
    const read = await file.read();
    expect(read).toMatchObject({ kind: 'corrupt', reason: expect.stringContaining(reason) });
    expect(readFileSync(file.path).equals(Buffer.from(content))).toBe(true);
  });

  it('moves a damaged file aside so defaults can be written fresh', async () => {
    const { file } = fresh();
    writeFileSync(file.path, '{oops');
    const aside = await file.moveAside('2026-01-01T00-00-00Z');
    expect(aside).toBe(`${file.path}.corrupt-2026-01-01T00-00-00Z`);
    expect(readFileSync(aside, 'utf8')).toBe('{oops');
    expect(existsSync(file.path)).toBe(false);
    await file.write({ ok: true });
    expect(await file.read()).toEqual({ kind: 'document', data: { ok: true } });
  });

  it.skipIf(process.getuid?.() === 0)('throws IO_ERROR when the folder is read-only', async () => {
    const { cwd, file } = fresh();
    chmodSync(cwd, 0o500);
    try {
      await expect(file.write({ a: 1 })).rejects.toMatchObject({ code: 'IO_ERROR' });
    } finally {
      chmodSync(cwd, 0o700);
    }
  });
});
