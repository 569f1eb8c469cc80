/**
 * Length limits of the text a person types, in one place with no schema library, so the contract's
 * schemas and the renderer's `maxLength` attributes read the same numbers.
 */
export const INPUT_LIMITS = {
  /** Free text such as a pasted meeting invitation (`meetings.join`). */
  text: 2_000,
  /** Identifiers: resource names, preset ids. */
  shortText: 200,
  presetName: 80,
  shortcut: 60,
  folder: 1_000,
  email: 320,
  cohosts: 50,
  /** Words to find in kept transcripts (`transcripts.search`). */
  searchQuery: 200,
} as const;

/** How many presets the settings hold: the schema, the store's message and the editor's Add button read it. */
export const MAX_PRESETS = 20;

/** The longest co-host list the preset editor's textarea can hold: every e-mail on its own line. */
export const COHOSTS_TEXT_MAX = INPUT_LIMITS.cohosts * (INPUT_LIMITS.email + 1);

/** The longest meeting a preset or a single meeting can plan, in minutes (one day). */
export const MAX_MEETING_MINUTES = 1440;

/** How many expected people a preset or a meeting can list. */
export const MAX_EXPECTED_PEOPLE = 100;

/** Expected people from a text box: one per line (an e-mail, a name, or `Name <e-mail>`), blanks dropped. */
export const parseExpected = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .slice(0, MAX_EXPECTED_PEOPLE);

/** A Google Cloud project id: 6–30 lowercase letters, digits and hyphens, starting with a letter, not ending with a hyphen. */
export const CLOUD_PROJECT_ID = /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/;
