import type { z } from 'zod';
import type { ReauthReason } from '../../../shared/model/auth-state';

/** A reason class from the shared model. */
export type Reason = z.infer<typeof ReauthReason>;

/** Sorts an `invalid_grant` description into the reason class the window explains. */
export function reauthReasonFor(description: string): Reason {
  if (/revoked/i.test(description)) return 'revoked';
  if (/expired/i.test(description)) return 'expired';
  if (/scope/i.test(description)) return 'scopes-changed';
  return 'unknown';
}
