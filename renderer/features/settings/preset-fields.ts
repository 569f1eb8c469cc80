import type { Preset } from '../../../shared/model/preset';

/** A SpaceConfig choice in the presets editor: which preset field, its label, and the allowed values. */
export interface PresetChoice {
  readonly key: Exclude<keyof Preset, 'id' | 'name' | 'cohosts'>;
  readonly label: string;
  readonly options: ReadonlyArray<readonly [value: string, label: string]>;
}

const onOff = [
  ['ON', 'On'],
  ['OFF', 'Off'],
] as const;
const restriction = [
  ['NO_RESTRICTION', 'Everyone'],
  ['HOSTS_ONLY', 'Hosts only'],
] as const;

/** Every SpaceConfig field a preset can set; "Google default" leaves it unset. */
export const PRESET_CHOICES: ReadonlyArray<PresetChoice> = [
  { key: 'accessType', label: 'Who can join without asking', options: [['OPEN', 'Anyone with the link'], ['TRUSTED', 'People in your organisation'], ['RESTRICTED', 'Only invited people']] },
  { key: 'entryPointAccess', label: 'Joining from', options: [['ALL', 'Any app'], ['CREATOR_APP_ONLY', 'Quickmeet only']] },
  { key: 'moderation', label: 'Host management', options: onOff },
  { key: 'chatRestriction', label: 'Who can chat', options: restriction },
  { key: 'reactionRestriction', label: 'Who can react', options: restriction },
  { key: 'presentRestriction', label: 'Who can present', options: restriction },
  { key: 'defaultJoinAsViewer', label: 'Join as viewer by default', options: onOff },
  { key: 'autoRecording', label: 'Record automatically', options: onOff },
  { key: 'autoTranscription', label: 'Transcribe automatically', options: onOff },
  { key: 'autoSmartNotes', label: 'Take smart notes automatically', options: onOff },
  { key: 'attendanceReport', label: 'Attendance report', options: [['GENERATE_REPORT', 'Generate'], ['DO_NOT_GENERATE', 'Do not generate']] },
];

/** Co-hosts from a textarea: one address per line or comma-separated, blanks dropped. */
export const parseCohosts = (text: string): string[] =>
  text
    .split(/[\s,;]+/)
    .map((email) => email.trim())
    .filter((email) => email !== '');

/** Close to what the settings schema accepts; the main process checks again, strictly. */
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** Why the co-hosts cannot be saved (the addresses that are not e-mail addresses), or undefined. */
export function cohostProblem(cohosts: ReadonlyArray<string>): string | undefined {
  const invalid = cohosts.filter((email) => !EMAIL.test(email));
  if (invalid.length === 0) return undefined;
  const quoted = invalid.map((email) => `“${email}”`).join(', ');
  return invalid.length === 1 ? `${quoted} is not an e-mail address.` : `${quoted} are not e-mail addresses.`;
}

/** A new, empty preset with a unique id. */
export const newPreset = (): Preset => ({ id: `preset-${Date.now().toString(36)}`, name: 'New preset', cohosts: [] });
