import type { Preset } from '../../../shared/model/preset';

/** A SpaceConfig choice in the presets editor: which preset field, its label, and the allowed values. */
export interface PresetChoice {
  readonly key: Exclude<keyof Preset, 'id' | 'name' | 'cohosts' | 'lengthMinutes' | 'endAutomatically' | 'expected' | 'personalRoom'>;
  readonly label: string;
  /** The first option: the field left unset, said as what Google then does. */
  readonly unset: string;
  readonly options: ReadonlyArray<readonly [value: string, label: string]>;
  /** Google applies it only while host controls (moderation) are on. */
  readonly needsHostControls?: boolean;
}

/** A group of choices with a heading, so twelve fields read as three questions. */
export interface PresetGroup {
  readonly title: string;
  readonly choices: ReadonlyArray<PresetChoice>;
}

const onOff = [
  ['ON', 'On'],
  ['OFF', 'Off'],
] as const;
const restriction = [
  ['NO_RESTRICTION', 'Everyone'],
  ['HOSTS_ONLY', 'Hosts only'],
] as const;

/** Every SpaceConfig field a preset can set, in plain words; the first option of each leaves it to Google. */
export const PRESET_GROUPS: ReadonlyArray<PresetGroup> = [
  {
    title: 'Who gets in',
    choices: [
      {
        key: 'accessType',
        label: 'Who can join without asking',
        unset: 'Account setting',
        options: [
          ['OPEN', 'Anyone with the link'],
          ['TRUSTED', 'People in your organisation'],
          ['RESTRICTED', 'Only invited people'],
        ],
      },
    ],
  },
  {
    title: 'Host controls',
    choices: [
      { key: 'moderation', label: 'Hosts control the meeting', unset: 'Off (usual)', options: onOff },
      {
        key: 'chatRestriction',
        label: 'Who can chat',
        unset: 'Everyone (usual)',
        options: restriction,
        needsHostControls: true,
      },
      {
        key: 'reactionRestriction',
        label: 'Who can send reactions',
        unset: 'Everyone (usual)',
        options: restriction,
        needsHostControls: true,
      },
      {
        key: 'presentRestriction',
        label: 'Who can share their screen',
        unset: 'Everyone (usual)',
        options: restriction,
        needsHostControls: true,
      },
      {
        key: 'defaultJoinAsViewer',
        label: 'Others join as viewers only',
        unset: 'Off (usual)',
        options: onOff,
        needsHostControls: true,
      },
    ],
  },
  {
    title: 'Recording and notes',
    choices: [
      { key: 'autoRecording', label: 'Record automatically', unset: 'Off (usual)', options: onOff },
      { key: 'autoTranscription', label: 'Transcribe automatically', unset: 'Off (usual)', options: onOff },
      {
        key: 'autoSmartNotes',
        label: 'Take notes with Gemini automatically',
        unset: 'Off (usual)',
        options: onOff,
      },
      {
        key: 'attendanceReport',
        label: 'Attendance report',
        unset: 'Account setting',
        options: [
          ['GENERATE_REPORT', 'Make one'],
          ['DO_NOT_GENERATE', 'Do not make one'],
        ],
      },
    ],
  },
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
