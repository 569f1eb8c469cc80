import type { Capability } from '../../../shared/model/auth-state';

/** Create spaces and read what happens in them (the scope every feature starts from). */
export const MEET_CREATED_SCOPE = 'https://www.googleapis.com/auth/meetings.space.created';
/** Read every conference of the user, including meetings Quickmeet did not create. */
export const MEET_READONLY_SCOPE = 'https://www.googleapis.com/auth/meetings.space.readonly';
/** Read Meet events from the person's own Pub/Sub topic (instant updates), asked for only when they turn it on. */
export const PUBSUB_SCOPE = 'https://www.googleapis.com/auth/pubsub';
/** Who the user is (email for the keychain account, name for the window). */
export const IDENTITY_SCOPES: ReadonlyArray<string> = ['openid', 'email', 'profile'];

const CAPABILITY_SCOPE: Readonly<Record<Capability, string>> = {
  createSpaces: MEET_CREATED_SCOPE,
  readAllConferences: MEET_READONLY_SCOPE,
  pushEvents: PUBSUB_SCOPE,
};

const CAPABILITY_EXPLANATION: Readonly<Record<Capability, string>> = {
  createSpaces: 'Creating meetings needs the "create Meet spaces" permission, which was not granted.',
  readAllConferences:
    'Showing meetings that Quickmeet did not create needs permission to read your Meet conferences. Grant it from the settings view.',
  pushEvents: 'Instant updates need permission to use Pub/Sub in your Google Cloud project. Turn them on again in the settings view to grant it.',
};

/** What the first consent asks for: identity plus meeting creation, nothing broader. */
export const BASE_SCOPES: ReadonlyArray<string> = [...IDENTITY_SCOPES, MEET_CREATED_SCOPE];

/** The OAuth scope behind a capability. */
export const scopeFor = (capability: Capability): string => CAPABILITY_SCOPE[capability];

/** Why a capability is unavailable, in words for the user. */
export const explainMissing = (capability: Capability): string => CAPABILITY_EXPLANATION[capability];

/** Capabilities the granted scopes allow (Google may grant a subset: granular consent). */
export function capabilitiesFor(granted: ReadonlyArray<string>): Capability[] {
  const set = new Set(granted);
  return (Object.keys(CAPABILITY_SCOPE) as Capability[]).filter((capability) => set.has(CAPABILITY_SCOPE[capability]));
}
