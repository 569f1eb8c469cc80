import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectFileBytes, MAX_SETTINGS_BYTES, readDataFile } from '../../../electron/adapters/data-file-bytes';

const inspect = (path: string, maxBytes = MAX_SETTINGS_BYTES) => inspectFileBytes(path, maxBytes, 'the settings file');

const fileWith = (content: string | Buffer) => {
  const path = join(mkdtempSync(join(tmpdir(), 'quickmeet-settings-bytes-')), 'settings.json');
  writeFileSync(path, content);
  return path;
};

describe('data file bytes, checked before any parse', () => {
  it('passes a plain JSON document', async () => {
    expect(await inspect(fileWith('{"copyFormat":"code"}'))).toEqual({ kind: 'intact', text: '{"copyFormat":"code"}' });
  });

  it('reports a missing file as missing', async () => {
    expect(await inspect(join(tmpdir(), 'quickmeet-no-such-folder', 'settings.json'))).toEqual({ kind: 'missing' });
  });

  it.each<[string, string | Buffer, string]>([
    ['an empty file', '', 'empty file'],
    ['NUL bytes at the start', Buffer.alloc(64), 'contains NUL bytes'],
    [
      'a NUL byte past the first 4 KB',
      Buffer.concat([Buffer.from(`{"a":"${'x'.repeat(8000)}"}`), Buffer.from([0])]),
      'contains NUL bytes',
    ],
    ['a file over the limit', Buffer.alloc(MAX_SETTINGS_BYTES + 1, 0x20), 'larger than'],
  ])('reports %s as corrupt', async (_name, content, reason) => {
    expect(await inspect(fileWith(content))).toEqual({ kind: 'corrupt', reason: expect.stringContaining(reason) });
  });

  it('takes a smaller limit where a host sets one', async () => {
    expect(await inspect(fileWith('{"a":1}'), 4)).toEqual({
      kind: 'corrupt',
      reason: expect.stringContaining('larger than'),
    });
  });

  it('reports a path it cannot read as unreadable, not corrupt', async () => {
    expect(await inspect(mkdtempSync(join(tmpdir(), 'quickmeet-settings-bytes-')))).toMatchObject({
      kind: 'unreadable',
    });
  });

  it('reads a folder where the file belongs as unreadable, and garbage or a cut-off document as corrupt', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'quickmeet-settings-bytes-'));
    expect(await readDataFile(folder, 100, 'the registry')).toEqual({
      kind: 'unreadable',
      reason: expect.stringMatching(/^cannot read the registry: a folder is in the way \(EISDIR\)$/),
    });
    expect(await readDataFile(fileWith('{"meetings":[{"spa'), 100, 'the registry')).toEqual({
      kind: 'corrupt',
      reason: 'the file is not valid JSON',
    });
    expect(await readDataFile(fileWith('\u00ff\u00fe garbage'), 100, 'the registry')).toMatchObject({
      kind: 'corrupt',
    });
    expect(await readDataFile(fileWith('{"a":1}'), 100, 'the registry')).toEqual({ kind: 'document', data: { a: 1 } });
  });
});
