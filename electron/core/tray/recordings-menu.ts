import type { Artifact, ArtifactKind } from '../../../shared/model/artifact';
import type { TrayMenuItem } from './tray-model';

/** How many artifacts the tray's "Recent recordings" submenu lists. */
export const RECORDINGS_MENU_LIMIT = 8;
/** Menu ids `recording.open:<artifact name>`; decode clicks with {@link parseRecordingsMenuId}. */
const OPEN_PREFIX = 'recording.open:';

const KIND_LABELS: Readonly<Record<ArtifactKind, string>> = { recording: 'Recording', transcript: 'Transcript', smartNote: 'Notes' };

/** Minutes between two ISO times, for "(42 min)". */
function minutes(start?: string, end?: string): number | undefined {
  if (!start || !end) return undefined;
  const ms = Date.parse(end) - Date.parse(start);
  return Number.isFinite(ms) && ms >= 0 ? Math.max(1, Math.round(ms / 60_000)) : undefined;
}

/** One menu label: kind, meeting, day, duration, and the processing state until the file exists. */
export function recordingMenuLabel(artifact: Artifact): string {
  const parts = [`${KIND_LABELS[artifact.kind]} · ${artifact.meetingCode ?? artifact.space}`];
  if (artifact.startTime) parts.push(artifact.startTime.slice(0, 16).replace('T', ' '));
  const length = minutes(artifact.startTime, artifact.endTime);
  if (length !== undefined) parts.push(`${length} min`);
  if (artifact.state !== 'FILE_GENERATED') parts.push(artifact.state === 'STARTED' ? 'in progress' : 'processing…');
  return parts.join(' · ');
}

/**
 * The "Recent recordings" submenu for the tray model's `extensions.sections`, built from the cache in
 * memory: opening the menu makes no network call. Items still processing are shown but disabled.
 */
export function recordingsMenuSection(artifacts: ReadonlyArray<Artifact>): TrayMenuItem {
  const items: TrayMenuItem[] = artifacts.slice(0, RECORDINGS_MENU_LIMIT).map((artifact) => ({
    kind: 'action',
    id: `${OPEN_PREFIX}${artifact.name}`,
    label: recordingMenuLabel(artifact),
    enabled: artifact.exportUri !== undefined,
  }));
  return { kind: 'submenu', id: 'recordings', label: 'Recent recordings', enabled: items.length > 0, items };
}

/** The artifact name behind a clicked menu id, or undefined for other ids; pass it to `recordings.open`. */
export function parseRecordingsMenuId(id: string): string | undefined {
  return id.startsWith(OPEN_PREFIX) && id.length > OPEN_PREFIX.length ? id.slice(OPEN_PREFIX.length) : undefined;
}
