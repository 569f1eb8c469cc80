/**
 * Every Meet enum, keyed by the JSON field that holds it. A value's proto number is its index
 * (0 is `*_UNSPECIFIED`), as in the discovery document's `enum` lists. Each field name holds one
 * enum type across the API (`state` is the same on recordings, transcripts and smart notes).
 */
const RESTRICTION = ['RESTRICTION_TYPE_UNSPECIFIED', 'HOSTS_ONLY', 'NO_RESTRICTION'] as const;
const AUTO_GENERATION = ['AUTO_GENERATION_TYPE_UNSPECIFIED', 'ON', 'OFF'] as const;

/** Enum values by field name, in proto-number order. */
export const MEET_ENUMS = {
  accessType: ['ACCESS_TYPE_UNSPECIFIED', 'OPEN', 'TRUSTED', 'RESTRICTED'],
  entryPointAccess: ['ENTRY_POINT_ACCESS_UNSPECIFIED', 'ALL', 'CREATOR_APP_ONLY'],
  moderation: ['MODERATION_UNSPECIFIED', 'OFF', 'ON'],
  chatRestriction: RESTRICTION,
  reactionRestriction: RESTRICTION,
  presentRestriction: RESTRICTION,
  defaultJoinAsViewerType: ['DEFAULT_JOIN_AS_VIEWER_TYPE_UNSPECIFIED', 'ON', 'OFF'],
  attendanceReportGenerationType: ['ATTENDANCE_REPORT_GENERATION_TYPE_UNSPECIFIED', 'GENERATE_REPORT', 'DO_NOT_GENERATE'],
  autoRecordingGeneration: AUTO_GENERATION,
  autoTranscriptionGeneration: AUTO_GENERATION,
  autoSmartNotesGeneration: AUTO_GENERATION,
  role: ['ROLE_UNSPECIFIED', 'COHOST'],
  state: ['STATE_UNSPECIFIED', 'STARTED', 'ENDED', 'FILE_GENERATED'],
} as const satisfies Record<string, readonly [string, ...string[]]>;

const enumValues = (key: string): ReadonlyArray<string> | undefined =>
  Object.hasOwn(MEET_ENUMS, key) ? MEET_ENUMS[key as keyof typeof MEET_ENUMS] : undefined;

/** Rewrites every enum in a response body as its proto number, nested and in lists included. */
export function enumsAsNumbers(value: unknown, key?: string): unknown {
  if (Array.isArray(value)) return value.map((item) => enumsAsNumbers(item, key));
  if (typeof value === 'string' && key !== undefined) {
    const index = enumValues(key)?.indexOf(value) ?? -1;
    return index < 0 ? value : index;
  }
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, child]) => [k, enumsAsNumbers(child, k)]));
}
