import { AppError } from '../../../shared/ipc/result';
import type { AuthSession } from '../auth/auth-session';
import type { MeetingRegistry } from './meeting-registry';

/** Why the extra scope is needed, worded for the user. */
export const READ_ALL_REASON =
  'This conference is in a meeting Quickmeet did not create. To see it, allow Quickmeet to read your Meet ' +
  'conferences (read-only access to meetings.space.readonly) in Settings; Quickmeet never changes those meetings.';

/** True when the user granted read access to conferences in spaces Quickmeet did not create. */
export function canReadAllConferences(auth: AuthSession): boolean {
  const state = auth.state();
  return state.status === 'signedIn' && state.capabilities.includes('readAllConferences');
}

/** True when Quickmeet may show conferences of `space`: its own spaces always, others with the extra scope. */
export function mayRead(space: string, registry: MeetingRegistry, auth: AuthSession): boolean {
  return registry.get(space) !== undefined || canReadAllConferences(auth);
}

/** Throws SCOPE_MISSING, with the reason, when `space` is foreign and the extra scope is missing. */
export function requireReadAccess(space: string, registry: MeetingRegistry, auth: AuthSession): void {
  if (!mayRead(space, registry, auth)) throw new AppError('SCOPE_MISSING', READ_ALL_REASON);
}

/** True when the user is signed in with a usable session (no calls are made otherwise). */
export function isSignedIn(auth: AuthSession): boolean {
  return auth.state().status === 'signedIn';
}
