import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectSettingsBytes, MAX_SETTINGS_BYTES } from '../../../electron/adapters/settings-file-bytes';

const fileWith = (content: string | Buffer) => {
  const path = join(mkdtempSync(join(tmpdir(), 'quickmeet-settings-bytes-')), 'settings.json');
  writeFileSync(path, content);
  return path;
};

describe('settings file bytes, checked before any parse', () => {
  it('passes a plain JSON document', async () => {
    expect(await inspectSettingsBytes(fileWith('{"copyFormat":"code"}'))).toEqual({ kind: 'intact' });
  });

  it('reports a missing file as missing', async () => {
    expect(await inspectSettingsBytes(join(tmpdir(), 'quickmeet-no-such-folder', 'settings.json'))).toEqual({ kind: 'missing' });
  });

  it.each<[string, string | Buffer, string]>([
    ['an empty file', '', 'empty file'],
    ['NUL bytes at the start', Buffer.alloc(64), 'contains NUL bytes'],
    ['a NUL byte past the first 4 KB', Buffer.concat([Buffer.from(`{"a":"${'x'.repeat(8000)}"}`), Buffer.from([0])]), 'contains NUL bytes'],
    ['a file over the limit', Buffer.alloc(MAX_SETTINGS_BYTES + 1, 0x20), 'larger than'],
  ])('reports %s as corrupt', async (_name, content, reason) => {
    expect(await inspectSettingsBytes(fileWith(content))).toEqual({ kind: 'corrupt', reason: expect.stringContaining(reason) });
  });

  it('takes a smaller limit where a host sets one', async () => {
    expect(await inspectSettingsBytes(fileWith('{"a":1}'), 4)).toEqual({ kind: 'corrupt', reason: expect.stringContaining('larger than') });
  });

  it('reports a path it cannot read as unreadable, not corrupt', async () => {
    expect(await inspectSettingsBytes(mkdtempSync(join(tmpdir(), 'quickmeet-settings-bytes-')))).toMatchObject({ kind: 'unreadable' });
  });
});
