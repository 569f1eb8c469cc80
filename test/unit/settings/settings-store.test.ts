import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/ipc/result';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/model/settings';
import { createNoticeBoard } from '../../../electron/core/app/notice-board';
import type { SettingsFile, SettingsFileRead } from '../../../electron/core/ports/settings-file';
import { createSettingsStore } from '../../../electron/core/settings/settings-store';
import { CURRENT_SETTINGS_VERSION } from '../../../electron/core/settings/settings-migrations';
import { CapturingLogger, ManualClock, RecordingEventSink } from '../../support/in-memory-ports';

/** A settings file in memory: `content` is what the disk would answer. */
class MemorySettingsFile implements SettingsFile {
  readonly path = '/data/settings.json';
  content: SettingsFileRead = { kind: 'missing' };
  writes: Array<Record<string, unknown>> = [];
  movedAside: string[] = [];
  failWrites: Error | null = null;
  async read() {
    return this.content;
  }
  async write(data: Readonly<Record<string, unknown>>) {
    if (this.failWrites) throw this.failWrites;
    this.writes.push(structuredClone(data));
    this.content = { kind: 'document', data: structuredClone(data) };
  }
  async moveAside(stamp: string) {
    const to = `${this.path}.corrupt-${stamp}`;
    this.movedAside.push(to);
    this.content = { kind: 'missing' };
    return to;
  }
}

function build(content?: SettingsFileRead) {
  const file = new MemorySettingsFile();
  if (content) file.content = content;
  const events = new RecordingEventSink();
  const notices = createNoticeBoard(events);
  const store = createSettingsStore({ file, notices, events, clock: new ManualClock(), logger: new CapturingLogger() });
  return { file, events, notices, store };
}

describe('settings store', () => {
  it('starts from defaults with no file and writes the versioned document on the first change', async () => {
    const { store, file, events } = build();
    expect(await store.load()).toEqual(DEFAULT_SETTINGS);
    expect(file.writes).toHaveLength(0);
    const next = await store.update({ openAfterCreate: true });
    expect(next.openAfterCreate).toBe(true);
    expect(file.writes[0]).toEqual({ settingsVersion: CURRENT_SETTINGS_VERSION, ...DEFAULT_SETTINGS, openAfterCreate: true });
    expect(events.last('settings.changed')).toEqual(next);
  });

  it('reads back what it wrote', async () => {
    const first = build();
    await first.store.update({ copyFormat: 'code', notifyOnJoin: true });
    const second = build(first.file.content);
    expect(await second.store.load()).toMatchObject({ copyFormat: 'code', notifyOnJoin: true });
    expect(second.file.movedAside).toHaveLength(0);
  });

  it('migrates a file without a version by filling new fields, and records the version', async () => {
    const { store, file } = build({ kind: 'document', data: { copyFormat: 'code', openAfterCreate: true } });
    expect(await store.load()).toEqual({ ...DEFAULT_SETTINGS, copyFormat: 'code', openAfterCreate: true });
    expect(file.writes[0]).toMatchObject({ settingsVersion: CURRENT_SETTINGS_VERSION, copyFormat: 'code' });
  });

  it.each<[string, SettingsFileRead]>([
    ['damaged bytes', { kind: 'corrupt', reason: 'the file is empty' }],
    ['a schema violation', { kind: 'document', data: { settingsVersion: 1, ...DEFAULT_SETTINGS, shortcut: '' } }],
    ['a non-object', { kind: 'document', data: [1, 2] }],
    ['a dangling default preset', { kind: 'document', data: { settingsVersion: 1, ...DEFAULT_SETTINGS, defaultPresetId: 'gone' } }],
  ])('sets a file with %s aside, uses defaults and says so once (K3)', async (_label, content) => {
    const { store, file, notices } = build(content);
    expect(await store.load()).toEqual(DEFAULT_SETTINGS);
    expect(file.movedAside).toEqual([expect.stringMatching(/^\/data\/settings\.json\.corrupt-\d{4}-\d\d-\d\dT/)]);
    expect(file.writes).toHaveLength(0);
    expect(notices.list()).toEqual([expect.objectContaining({ id: 'settings-reset', message: expect.stringContaining('.corrupt-') })]);
    // The app stays usable and the next change writes a fresh file.
    await store.update({ keepSpareSpace: false });
    expect(file.writes).toHaveLength(1);
  });

  it('leaves a file from a newer version untouched and keeps changes in memory', async () => {
    const { store, file, notices } = build({ kind: 'document', data: { settingsVersion: 99 } });
    await store.load();
    await store.update({ notifyOnJoin: true });
    expect(store.get().notifyOnJoin).toBe(true);
    expect(file.writes).toHaveLength(0);
    expect(file.movedAside).toHaveLength(0);
    expect(notices.list().map((n) => n.id)).toEqual(['settings-newer']);
  });

  it('keeps settings in memory when the disk is full or read-only, warns once, and does not retry (F28)', async () => {
    const { store, file, notices } = build();
    file.failWrites = Object.assign(new AppError('IO_ERROR', 'no space left on device (ENOSPC)'), {});
    await expect(store.update({ notifyOnJoin: true })).resolves.toMatchObject({ notifyOnJoin: true });
    await store.update({ openAfterCreate: true });
    expect(store.get()).toMatchObject({ notifyOnJoin: true, openAfterCreate: true });
    expect(notices.list()).toEqual([expect.objectContaining({ id: 'settings-not-saved', message: expect.stringContaining('ENOSPC') })]);
  });

  it('rejects out-of-range values with BAD_REQUEST and leaves the file unchanged (K4)', async () => {
    const { store, file } = build();
    await store.update({ notifyOnJoin: true });
    const before = structuredClone(file.content);
    const bad = fc.oneof(
      fc.record({ shortcut: fc.oneof(fc.constant(''), fc.string({ minLength: 61, maxLength: 100 })) }),
      fc.record({ copyFormat: fc.string().filter((s) => !['uri', 'code', 'invitation'].includes(s)) }),
      fc.record({ openAfterCreate: fc.oneof(fc.integer(), fc.string(), fc.constant(null)) }),
      fc.record({ transcriptFolder: fc.string({ minLength: 1001, maxLength: 1100 }) }),
      fc.record({ presets: fc.constant([]) }),
      fc.record({ defaultPresetId: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s !== 'quick-call') }),
      fc.record({ unknownKey: fc.anything() }),
    );
    await fc.assert(
      fc.asyncProperty(bad, async (patch) => {
        const error = await store.update(patch).then(() => null, (e: unknown) => e);
        expect(error).toBeInstanceOf(AppError);
        expect((error as AppError).code).toBe('BAD_REQUEST');
        expect(file.content).toEqual(before);
      }),
      { numRuns: 60 },
    );
  });

  it('saves, replaces and deletes presets, never the default one, and never promotes one silently', async () => {
    const { store } = build();
    await store.savePreset({ id: 'team', name: 'Team', cohosts: [] });
    await store.update({ defaultPresetId: 'team' });
    await store.savePreset({ id: 'team', name: 'Team sync', cohosts: ['bob@quickmeet.test'] });
    expect(store.get().presets.map((p) => p.name)).toEqual(['Quick call', 'Team sync']);
    await expect(store.deletePreset('team')).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('default preset') });
    expect(store.get().defaultPresetId).toBe('team');
    await store.update({ defaultPresetId: 'quick-call' });
    const after: Settings = await store.deletePreset('team');
    expect(after.presets.map((p) => p.id)).toEqual(['quick-call']);
    expect(after.defaultPresetId).toBe('quick-call');
    await expect(store.deletePreset('quick-call')).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(store.deletePreset('nope')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses a 21st preset', async () => {
    const { store } = build();
    for (let i = 1; i < 20; i += 1) await store.savePreset({ id: `p${i}`, name: `P${i}`, cohosts: [] });
    await expect(store.savePreset({ id: 'p20', name: 'P20', cohosts: [] })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
