/** The OAuth scopes the emulator knows, with the consent text Google shows for each. */

const AUTH = 'https://www.googleapis.com/auth/';

/** Scope URLs by short name. */
export const SCOPES = {
  created: `${AUTH}meetings.space.created`,
  readonly: `${AUTH}meetings.space.readonly`,
  settings: `${AUTH}meetings.space.settings`,
  driveMeet: `${AUTH}drive.meet.readonly`,
  mediaReadonly: `${AUTH}meetings.conference.media.readonly`,
  mediaAudio: `${AUTH}meetings.conference.media.audio.readonly`,
  mediaVideo: `${AUTH}meetings.conference.media.video.readonly`,
  email: `${AUTH}userinfo.email`,
  profile: `${AUTH}userinfo.profile`,
  pubsub: `${AUTH}pubsub`,
} as const;

/** Sign-in scopes that the consent page grants without a checkbox, as Google does. */
export const BASIC_SCOPES: ReadonlySet<string> = new Set(['openid', 'email', 'profile', SCOPES.email, SCOPES.profile]);

const CONSENT_TEXT: Readonly<Record<string, string>> = {
  [SCOPES.created]: 'Create, edit, and see information about your Google Meet conferences created by the app.',
  [SCOPES.readonly]: 'Read information about any of your Google Meet conferences.',
  [SCOPES.settings]: 'Edit, and see settings for all of your Google Meet calls.',
  [SCOPES.driveMeet]: 'See and download Google Drive files created or edited by Google Meet.',
  [SCOPES.mediaReadonly]: 'Receive real-time audio and video from your Google Meet calls.',
  [SCOPES.mediaAudio]: 'Receive real-time audio from your Google Meet calls.',
  [SCOPES.mediaVideo]: 'Receive real-time video from your Google Meet calls.',
  [SCOPES.pubsub]: 'View and manage Pub/Sub topics and subscriptions.',
  openid: 'Associate you with your personal info on Google.',
  email: 'See your primary Google Account email address.',
  profile: 'See your personal info, including any personal info you have made publicly available.',
  [SCOPES.email]: 'See your primary Google Account email address.',
  [SCOPES.profile]: 'See your personal info, including any personal info you have made publicly available.',
};

/** Every scope the emulator accepts. */
export const KNOWN_SCOPES: ReadonlySet<string> = new Set(Object.keys(CONSENT_TEXT));

/** What the consent page says about a scope. */
export const consentText = (scope: string): string => CONSENT_TEXT[scope] ?? scope;

/** Accepts `meetings.space.created` or the full URL; returns the full URL, or undefined if unknown. */
export function normalizeScope(scope: string): string | undefined {
  if (KNOWN_SCOPES.has(scope)) return scope;
  const full = `${AUTH}${scope}`;
  return KNOWN_SCOPES.has(full) ? full : undefined;
}

/** Splits a space-separated scope string into unique entries, keeping order. */
export const splitScopes = (value: string): string[] => [...new Set(value.split(/\s+/).filter((s) => s.length > 0))];
