import type { Settings } from '../../../shared/model/settings';

/**
 * The slice of the settings module the meetings feature reads: presets, copy format, open-after-create,
 * keep-spare-space. Implemented by the settings store; tests pass a plain object.
 */
export interface MeetingSettingsSource {
  get(): Settings;
  /** Called after every saved change; returns an unsubscribe. */
  onChange(listener: (settings: Settings) => void): () => void;
}
