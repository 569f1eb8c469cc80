import type { Notice } from '../../../shared/model/app-info';

/** The settings file was damaged and set aside; defaults are in use. */
export const settingsResetNotice = (reason: string, movedTo: string): Notice => ({
  id: 'settings-reset',
  level: 'warning',
  message: `Your settings file could not be used (${reason}), so Quickmeet started with default settings. The old file was kept as ${movedTo}.`.slice(0, 1000),
});

/** The settings file cannot be read or written; changes last until Quickmeet quits. */
export const settingsNotSavedNotice = (reason: string): Notice => ({
  id: 'settings-not-saved',
  level: 'warning',
  message: `Quickmeet cannot save settings (${reason}). Changes will last until Quickmeet quits.`.slice(0, 1000),
});

/** The settings file is from a newer Quickmeet; it is left untouched. */
export const settingsNewerNotice = (version: number): Notice => ({
  id: 'settings-newer',
  level: 'warning',
  message: `Your settings were saved by a newer version of Quickmeet (format ${version}). They are left untouched and defaults are used until you update.`,
});
