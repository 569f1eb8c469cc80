import { DEFAULT_SETTINGS } from '../../../shared/model/settings';

/** The key on disk that records which migrations a settings document has been through. */
export const VERSION_KEY = 'settingsVersion';

/** One named, pure step from version `to - 1` to version `to`. */
export interface SettingsMigration {
  readonly name: string;
  readonly to: number;
  readonly up: (document: Readonly<Record<string, unknown>>) => Record<string, unknown>;
}

/** Every migration in order. Add new ones at the end; never edit a released one. */
export const SETTINGS_MIGRATIONS: ReadonlyArray<SettingsMigration> = [
  {
    // Files written before the version key existed held bare settings, possibly missing newer fields.
    name: 'record-version-and-fill-defaults',
    to: 1,
    up: (document) => ({ ...DEFAULT_SETTINGS, ...document }),
  },
  {
    name: 'add-open-at-login-off',
    to: 2,
    up: (document) => ({ openAtLogin: false, ...document }),
  },
  {
    name: 'add-instant-updates-off',
    to: 3,
    up: (document) => ({ pushEnabled: false, pushProject: '', ...document }),
  },
  {
    // Presets may now carry a length, expected people and the personal-room flag (all optional, so the
    // document is unchanged); the version step keeps an older Quickmeet from reading them as damage.
    name: 'presets-carry-meeting-plan',
    to: 4,
    up: (document) => ({ ...document }),
  },
];

/** The version this build writes. */
export const CURRENT_SETTINGS_VERSION = SETTINGS_MIGRATIONS.at(-1)?.to ?? 0;

/** What migrating a stored document found. */
export type MigrationResult =
  | { readonly kind: 'current'; readonly document: Record<string, unknown>; readonly applied: ReadonlyArray<string> }
  /** Written by a newer Quickmeet: left alone, never downgraded. */
  | { readonly kind: 'newer'; readonly version: number };

/** Runs the migrations the document has not had yet, in order; strips the version key from the result. */
export function migrateSettings(stored: Readonly<Record<string, unknown>>, migrations = SETTINGS_MIGRATIONS): MigrationResult {
  const raw = stored[VERSION_KEY];
  const version = typeof raw === 'number' && Number.isInteger(raw) && raw >= 0 ? raw : 0;
  const target = migrations.at(-1)?.to ?? 0;
  if (version > target) return { kind: 'newer', version };
  const { [VERSION_KEY]: _ignored, ...settings } = stored;
  let document: Record<string, unknown> = settings;
  const applied: string[] = [];
  for (const migration of migrations) {
    if (migration.to <= version) continue;
    document = migration.up(document);
    applied.push(migration.name);
  }
  return { kind: 'current', document, applied };
}
