import { createSerialQueue } from '../../../shared/async/serial-queue';
import { AppError } from '../../../shared/ipc/result';
import { createListeners } from '../../../shared/events/listeners';
import { MAX_PRESETS } from '../../../shared/model/input-limits';
import type { Preset } from '../../../shared/model/preset';
import { DEFAULT_SETTINGS, Settings, SettingsPatch } from '../../../shared/model/settings';
import type { NoticeBoard } from '../app/notice-board';
import type { Clock } from '../ports/clock';
import type { EventSink } from '../ports/event-sink';
import type { Logger } from '../ports/logger';
import type { SettingsFile } from '../ports/settings-file';
import { keepDocument } from '../app/kept-documents';
import { CURRENT_SETTINGS_VERSION, migrateSettings, VERSION_KEY } from './settings-migrations';
import { SETTINGS_FILE, settingsNewerNotice } from './settings-notices';

/** The one settings module: validated reads, bounded writes, one file. */
export interface SettingsStore {
  /** Current settings (defaults until `load` has run). */
  get(): Settings;
  onChange(listener: (settings: Settings) => void): () => void;
  /** Reads the file once at start: migrates, or sets a damaged file aside and uses defaults. */
  load(): Promise<Settings>;
  update(patch: unknown): Promise<Settings>;
  savePreset(preset: Preset): Promise<Settings>;
  deletePreset(id: string): Promise<Settings>;
}

/** What the store is built from. */
export interface SettingsStoreDeps {
  readonly file: SettingsFile;
  readonly notices: NoticeBoard;
  readonly events: EventSink;
  readonly clock: Clock;
  readonly logger: Logger;
}


function badRequest(error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> }): AppError {
  const first = error.issues[0];
  const where = first && first.path.length > 0 ? `${first.path.map(String).join('.')}: ` : '';
  return new AppError('BAD_REQUEST', `Invalid setting — ${where}${first?.message ?? 'invalid value'}`);
}

/** Parses a full candidate and checks the rules that span fields. */
function validated(candidate: unknown): Settings {
  const parsed = Settings.safeParse(candidate);
  if (!parsed.success) throw badRequest(parsed.error);
  const settings = parsed.data;
  if (!settings.presets.some((preset) => preset.id === settings.defaultPresetId)) {
    throw new AppError('BAD_REQUEST', `Invalid setting — defaultPresetId: no preset has the id "${settings.defaultPresetId}".`);
  }
  if (new Set(settings.presets.map((preset) => preset.id)).size !== settings.presets.length) {
    throw new AppError('BAD_REQUEST', 'Invalid setting — presets: two presets share an id.');
  }
  return settings;
}

/** Builds the store. Writes are queued so two updates never interleave on disk. */
export function createSettingsStore(deps: SettingsStoreDeps): SettingsStore {
  let current: Settings = DEFAULT_SETTINGS;
  const writes = createSerialQueue();
  const listeners = createListeners<[settings: Settings]>();
  // The same policy as every data file: damaged set aside, unreadable or unwritable kept in memory.
  const file = keepDocument(
    {
      read: async () => undefined, // never called: keepDocument reads through inspect
      inspect: () => deps.file.read(),
      write: (data) => deps.file.write(data as Record<string, unknown>),
      moveAside: (stamp) => deps.file.moveAside(stamp),
    },
    SETTINGS_FILE,
    deps,
  );

  const persist = (next: Settings): Promise<void> => file.write({ [VERSION_KEY]: CURRENT_SETTINGS_VERSION, ...next });

  function commit(next: Settings): Settings {
    current = next;
    deps.events.emit('settings.changed', next);
    listeners.emit(next);
    return next;
  }


  const change = (build: (settings: Settings) => unknown) =>
    writes.run(async () => {
      const next = validated(build(current));
      await persist(next);
      return commit(next);
    });

  return {
    get: () => current,
    onChange(listener) {
      return listeners.add(listener);
    },
    load: () =>
      writes.run(async () => {
        const data = await file.read();
        if (data === undefined) return current;
        if (typeof data !== 'object' || data === null || Array.isArray(data)) {
          await file.reportDamaged('not a settings document');
          return current;
        }
        const migrated = migrateSettings(data as Record<string, unknown>);
        if (migrated.kind === 'newer') {
          file.keepInMemory();
          deps.notices.post(settingsNewerNotice(migrated.version));
          return current;
        }
        let settings: Settings;
        try {
          settings = validated(migrated.document);
        } catch (error) {
          await file.reportDamaged(error instanceof Error ? error.message : 'invalid values');
          return current;
        }
        if (migrated.applied.length > 0) {
          deps.logger.info('settings: migrated', { applied: migrated.applied.join(',') });
          await persist(settings);
        }
        current = settings;
        return current;
      }),
    update(patch) {
      const parsed = SettingsPatch.safeParse(patch);
      if (!parsed.success) return Promise.reject(badRequest(parsed.error));
      return change((settings) => ({ ...settings, ...parsed.data }));
    },
    savePreset(preset) {
      return change((settings) => {
        const others = settings.presets.filter((p) => p.id !== preset.id);
        if (others.length === settings.presets.length && others.length >= MAX_PRESETS) {
          throw new AppError('BAD_REQUEST', `At most ${MAX_PRESETS} presets can be saved; delete one first.`);
        }
        const presets = settings.presets.map((p) => (p.id === preset.id ? preset : p));
        return { ...settings, presets: others.length === settings.presets.length ? [...presets, preset] : presets };
      });
    },
    deletePreset(id) {
      return change((settings) => {
        if (!settings.presets.some((p) => p.id === id)) throw new AppError('NOT_FOUND', 'That preset no longer exists.');
        // Never promote another preset (with its co-hosts, recording …) to default behind the user's back.
        if (settings.defaultPresetId === id) {
          throw new AppError('BAD_REQUEST', 'The default preset cannot be deleted. Make another preset the default first.');
        }
        return { ...settings, presets: settings.presets.filter((p) => p.id !== id) };
      });
    },
  };
}
