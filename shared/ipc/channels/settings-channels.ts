import { z } from 'zod';
import { Preset } from '../../model/preset';
import { Settings, SettingsPatch } from '../../model/settings';
import { request } from '../define';
import { noArgs, resourceName } from '../limits';

/** Settings and presets; the main process validates and stores them. */
export const settingsRequests = {
  'settings.get': request(noArgs, Settings),
  'settings.update': request(SettingsPatch, Settings),
  'presets.save': request(z.strictObject({ preset: Preset }), Settings),
  'presets.delete': request(z.strictObject({ id: resourceName() }), Settings),
  /** Where exports to `folder` go (empty: the default) and whether it exists, before it is saved. */
  'settings.describeExportFolder': request(
    z.strictObject({ folder: Settings.shape.transcriptFolder }),
    z.strictObject({ path: z.string().max(4000), exists: z.boolean(), problem: z.string().max(500).optional() }),
  ),
} as const;

/** Settings pushes. */
export const settingsEvents = {
  'settings.changed': Settings,
} as const;
