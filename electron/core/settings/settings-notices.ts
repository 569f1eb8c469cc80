import type { Notice } from '../../../shared/model/app-info';
import type { DataFileLabel } from '../app/data-file-notices';

/** How notices name the settings file. */
export const SETTINGS_FILE: DataFileLabel = {
  id: 'settings',
  file: 'settings file',
  what: 'settings',
  fresh: 'default settings',
};

/** The settings file is from a newer Quickmeet; it is left untouched. */
export const settingsNewerNotice = (version: number): Notice => ({
  id: 'settings-newer',
  level: 'warning',
  message: `Your settings were saved by a newer version of Quickmeet (format ${version}). They are left untouched and defaults are used until you update.`,
});
