import type { Preset } from '../../../shared/model/preset';
import type { SpaceConfig } from '../ports/meet-api';

/** The SpaceConfig a preset asks for; fields the preset leaves unset are omitted so Google applies defaults. */
export function presetToSpaceConfig(preset: Preset): SpaceConfig {
  const restrictions = prune({
    chatRestriction: preset.chatRestriction,
    reactionRestriction: preset.reactionRestriction,
    presentRestriction: preset.presentRestriction,
    defaultJoinAsViewerType: preset.defaultJoinAsViewer,
  });
  const artifacts = prune({
    recordingConfig: preset.autoRecording && { autoRecordingGeneration: preset.autoRecording },
    transcriptionConfig: preset.autoTranscription && { autoTranscriptionGeneration: preset.autoTranscription },
    smartNotesConfig: preset.autoSmartNotes && { autoSmartNotesGeneration: preset.autoSmartNotes },
  });
  return prune({
    accessType: preset.accessType,
    entryPointAccess: preset.entryPointAccess,
    moderation: preset.moderation,
    moderationRestrictions: restrictions,
    attendanceReportGenerationType: preset.attendanceReport,
    artifactConfig: artifacts,
  }) ?? {};
}

/**
 * Leaf field paths set in either config, as an `updateMask` (`config.accessType,…`), so a patch
 * changes exactly what differs between an old preset and a new one.
 */
export function configUpdateMask(before: SpaceConfig, after: SpaceConfig): string {
  const paths = new Set([...leafPaths(before, 'config'), ...leafPaths(after, 'config')]);
  return [...paths].sort().join(',');
}

/** A stable key for "what a space made with this preset looks like": config plus co-hosts. */
export function presetSpecKey(preset: Preset): string {
  const cohosts = [...preset.cohosts].map((email) => email.toLowerCase()).sort();
  return stableJson({ config: presetToSpaceConfig(preset), cohosts });
}

/** The config part of a spec key, so the pool can tell "config changed" from "co-hosts changed". */
export function specKeyParts(key: string): { readonly config: SpaceConfig; readonly cohosts: ReadonlyArray<string> } {
  return JSON.parse(key) as { config: SpaceConfig; cohosts: string[] };
}

function leafPaths(value: unknown, prefix: string): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([key, child]) => leafPaths(child, `${prefix}.${key}`));
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** Drops undefined/false-y sub-objects; answers undefined when nothing is left. */
function prune<T extends object>(value: { [K in keyof T]: T[K] | undefined | '' }): T | undefined {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && v !== '');
  return entries.length === 0 ? undefined : (Object.fromEntries(entries) as T);
}
