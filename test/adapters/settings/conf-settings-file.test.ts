import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { createConfSettingsFile } from '../../../electron/adapters/conf-settings-file';
import { createNoticeBoard } from '../../../electron/core/app/notice-board';
import { createSettingsStore } from '../../../electron/core/settings/settings-store';
import { CURRENT_SETTINGS_VERSION } from '../../../electron/core/settings/settings-migrations';
import { CapturingLogger, ManualClock, RecordingEventSink } from '../../support/in-memory-ports';

function store(dir: string) {
  const events = new RecordingEventSink();
  const notices = createNoticeBoard(events);
  const file = createConfSettingsFile({ dir });
  return { file, notices, settings: createSettingsStore({ file, notices, events, clock: new ManualClock(), logger: new CapturingLogger() }) };
}

const freshDir = () => mkdtempSync(join(tmpdir(), 'quickmeet-settings-'));

describe('settings on disk through conf', () => {
  it('writes JSON with mode 0600 and reads it back on the next start (K5)', async () => {
    const dir = freshDir();
    const first = store(dir);
    await first.settings.load();
    await first.settings.update({ copyFormat: 'code' });
    const path = join(dir, 'settings.json');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ settingsVersion: CURRENT_SETTINGS_VERSION, copyFormat: 'code' });
    expect((await store(dir).settings.load()).copyFormat).toBe('code');
  });

  it.each<[string, string | Buffer]>([
    ['truncated JSON', '{"copyFormat": "co'],
    ['0 bytes', ''],
    ['NUL bytes', Buffer.alloc(512)],
    ['schema-invalid values', JSON.stringify({ settingsVersion: 1, ...DEFAULT_SETTINGS, shortcut: 42 })],
    ['ciphertext written with another key', Buffer.concat([Buffer.from('a1b2c3d4e5f6a7b8a1b2c3d4e5f6a7b8:'), Buffer.from([0x9f, 0x01, 0xfe, 0x7a, 0x33])])],
  ])('sets a file with %s aside, starts from defaults and tells the user once (K3, F27)', async (_label, content) => {
    const dir = freshDir();
    writeFileSync(join(dir, 'settings.json'), content);
    const { settings, notices } = store(dir);
    expect(await settings.load()).toEqual(DEFAULT_SETTINGS);
    const aside = readdirSync(dir).filter((name) => name.startsWith('settings.json.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dir, aside[0]!))).toEqual(Buffer.from(content));
    expect(notices.list()).toEqual([expect.objectContaining({ id: 'settings-reset' })]);
    await settings.update({ notifyOnJoin: true });
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toMatchObject({ notifyOnJoin: true });
  });

  it('rejects a 50 MB file by its size, without parsing it (F27)', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'settings.json'), Buffer.alloc(50 * 1024 * 1024, 0x20));
    const { file, settings } = store(dir);
    expect(await file.read()).toEqual({ kind: 'corrupt', reason: expect.stringContaining('larger') });
    await settings.load();
    expect(readdirSync(dir).some((name) => name.startsWith('settings.json.corrupt-'))).toBe(true);
  });

  it('reports NUL bytes anywhere in the file as damage, not only in its first 4 KB', async () => {
    const dir = freshDir();
    const valid = JSON.stringify({ settingsVersion: 1, ...DEFAULT_SETTINGS, padding: 'x'.repeat(5000) });
    writeFileSync(join(dir, 'settings.json'), Buffer.concat([Buffer.from(valid), Buffer.alloc(16)]));
    expect(await store(dir).file.read()).toEqual({ kind: 'corrupt', reason: expect.stringContaining('NUL bytes') });
  });

  it('keeps settings in memory with a warning when the folder cannot be written (F28)', async () => {
    const parent = freshDir();
    const blocked = join(parent, 'not-a-folder');
    writeFileSync(blocked, 'a file where the folder should be');
    const { settings, notices } = store(join(blocked, 'Quickmeet'));
    await settings.load();
    await expect(settings.update({ openAfterCreate: true })).resolves.toMatchObject({ openAfterCreate: true });
    expect(settings.get().openAfterCreate).toBe(true);
    expect(notices.list()).toEqual([expect.objectContaining({ id: 'settings-not-saved' })]);
  });

  it('rejects out-of-range values and leaves the file byte-for-byte unchanged (K4)', async () => {
    const dir = freshDir();
    const { settings } = store(dir);
    await settings.update({ notifyOnJoin: true });
    const before = readFileSync(join(dir, 'settings.json'));
    await expect(settings.update({ shortcut: 'x'.repeat(61) })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(readFileSync(join(dir, 'settings.json'))).toEqual(before);
  });
});
