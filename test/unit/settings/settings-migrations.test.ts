import { describe, expect, it } from 'vitest';
import { CURRENT_SETTINGS_VERSION, migrateSettings, SETTINGS_MIGRATIONS, type SettingsMigration } from '../../../electron/core/settings/settings-migrations';
import { DEFAULT_SETTINGS, Settings } from '../../../shared/model/settings';

describe('settings migrations', () => {
  const steps: SettingsMigration[] = [
    { name: 'one', to: 1, up: (d) => ({ ...d, a: 1 }) },
    { name: 'two', to: 2, up: (d) => ({ ...d, b: (d['a'] as number) + 1 }) },
  ];

  it('runs only the steps a document has not had, in order, and strips the version key', () => {
    expect(migrateSettings({ x: true }, steps)).toEqual({ kind: 'current', document: { x: true, a: 1, b: 2 }, applied: ['one', 'two'] });
    expect(migrateSettings({ settingsVersion: 1, a: 5 }, steps)).toEqual({ kind: 'current', document: { a: 5, b: 6 }, applied: ['two'] });
    expect(migrateSettings({ settingsVersion: 2, a: 5 }, steps)).toEqual({ kind: 'current', document: { a: 5 }, applied: [] });
  });

  it('never downgrades a document from a newer version', () => {
    expect(migrateSettings({ settingsVersion: 3 }, steps)).toEqual({ kind: 'newer', version: 3 });
  });

  it('treats a nonsense version as none', () => {
    expect(migrateSettings({ settingsVersion: 'x' }, steps)).toMatchObject({ applied: ['one', 'two'] });
  });

  it('numbers the migrations 1, 2, … without a gap, writes the last number, and takes a file from nothing to valid settings', () => {
    expect(SETTINGS_MIGRATIONS.map((migration) => migration.to)).toEqual(SETTINGS_MIGRATIONS.map((_, index) => index + 1));
    expect(CURRENT_SETTINGS_VERSION).toBe(SETTINGS_MIGRATIONS.length);
    const fromNothing = migrateSettings({});
    expect(fromNothing).toMatchObject({ applied: SETTINGS_MIGRATIONS.map((migration) => migration.name) });
    expect(Settings.safeParse('document' in fromNothing ? fromNothing.document : undefined).success).toBe(true);
  });

  it('turns opening at login off for files written before the setting existed, and keeps a stored choice', () => {
    expect(migrateSettings({ settingsVersion: 1, copyFormat: 'code' })).toMatchObject({
      document: { copyFormat: 'code', openAtLogin: false },
      applied: ['add-open-at-login-off', 'add-instant-updates-off', 'presets-carry-meeting-plan'],
    });
    expect(migrateSettings({ settingsVersion: 1, openAtLogin: true })).toMatchObject({ document: { openAtLogin: true } });
  });

  it('starts with instant updates off for files written before they existed, and keeps a stored choice', () => {
    expect(migrateSettings({ settingsVersion: 2, copyFormat: 'code' })).toMatchObject({
      document: { copyFormat: 'code', pushEnabled: false, pushProject: '' },
      applied: ['add-instant-updates-off', 'presets-carry-meeting-plan'],
    });
    expect(migrateSettings({ settingsVersion: 2, pushEnabled: true, pushProject: 'my-project-1' })).toMatchObject({ document: { pushEnabled: true, pushProject: 'my-project-1' } });
  });

  it('keeps presets with a meeting plan, and a build before them leaves such a file alone instead of calling it damaged', () => {
    const preset = { id: 'room', name: 'Room', cohosts: [], lengthMinutes: 30, endAutomatically: true, expected: ['Bo <bo@example.com>'], personalRoom: true };
    const migrated = migrateSettings({ settingsVersion: 3, presets: [preset], defaultPresetId: 'room' });
    expect(migrated).toMatchObject({ kind: 'current', applied: ['presets-carry-meeting-plan'] });
    const before = SETTINGS_MIGRATIONS.filter((migration) => migration.name !== 'presets-carry-meeting-plan');
    expect(migrateSettings({ settingsVersion: CURRENT_SETTINGS_VERSION, presets: [preset] }, before)).toEqual({ kind: 'newer', version: CURRENT_SETTINGS_VERSION });
    const document = 'document' in migrated ? migrated.document : {};
    expect(Settings.safeParse({ ...DEFAULT_SETTINGS, ...document }).success).toBe(true);
  });
});
