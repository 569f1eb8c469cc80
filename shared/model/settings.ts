import { z } from 'zod';
import { INPUT_LIMITS, MAX_PRESETS } from './input-limits';
import { acceleratorProblem } from './accelerator';
import { CopyFormat } from './meeting';
import { Preset, QUICK_CALL_PRESET } from './preset';
import { PushProject } from './push-status';

/** Everything the user can change, with bounds; the file on disk is validated against this. */
export const Settings = z.strictObject({
  copyFormat: CopyFormat,
  openAfterCreate: z.boolean(),
  /** An Electron accelerator, e.g. `CommandOrControl+Alt+M`. */
  shortcut: z.string().min(1).max(INPUT_LIMITS.shortcut),
  defaultPresetId: z.string().min(1).max(100),
  presets: z.array(Preset).min(1).max(MAX_PRESETS).readonly(),
  keepSpareSpace: z.boolean(),
  notifyOnJoin: z.boolean(),
  /** Where transcript exports go; empty means the documented default folder. */
  transcriptFolder: z.string().max(INPUT_LIMITS.folder),
  /** Start Quickmeet when the user logs in (login items on macOS and Windows, XDG autostart on Linux). */
  openAtLogin: z.boolean(),
  /** Instant updates through Workspace Events and the person's own Pub/Sub topic (off: polling only). */
  pushEnabled: z.boolean(),
  /** The Google Cloud project of the OAuth client, where the topic and subscriptions live; empty until given. */
  pushProject: PushProject,
});
export type Settings = z.infer<typeof Settings>;

/**
 * A partial update from the settings view; every field is checked on its own bounds, and a new
 * shortcut must be a chord Electron accepts and the system does not keep (a file on disk is not
 * refused for an old one: only new values are checked).
 */
export const SettingsPatch = Settings.partial().extend({
  shortcut: Settings.shape.shortcut
    .superRefine((value, context) => {
      const problem = acceleratorProblem(value);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    })
    .optional(),
});
export type SettingsPatch = z.infer<typeof SettingsPatch>;

/** What a fresh installation starts with. */
export const DEFAULT_SETTINGS: Settings = {
  copyFormat: 'uri',
  openAfterCreate: false,
  shortcut: 'CommandOrControl+Alt+M',
  defaultPresetId: QUICK_CALL_PRESET.id,
  presets: [QUICK_CALL_PRESET],
  keepSpareSpace: true,
  notifyOnJoin: false,
  transcriptFolder: '',
  openAtLogin: false,
  pushEnabled: false,
  pushProject: '',
};
