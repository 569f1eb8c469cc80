import { z } from 'zod';

/**
 * Why the user has to sign in again, by class, so the UI can explain it. `expired-or-revoked` is
 * Google's "Token has been expired or revoked.", which does not say which; `session-policy` is a
 * Workspace administrator's re-authentication rule (`invalid_rapt`).
 */
export const ReauthReason = z.enum(['revoked', 'expired', 'expired-or-revoked', 'session-policy', 'scopes-changed', 'keychain-cleared', 'unknown']);
export type ReauthReason = z.infer<typeof ReauthReason>;

/** Optional capabilities, each tied to an OAuth scope; features check these before calling Google. */
export const Capability = z.enum(['createSpaces', 'readAllConferences', 'pushEvents']);
export type Capability = z.infer<typeof Capability>;

/** The longest sign-in error the window is sent; the core cuts longer ones to fit. */
export const MAX_AUTH_ERROR = 500;

/** The sign-in state machine as the renderer sees it: never a token, only who and what. */
export const AuthState = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('signedOut'), lastError: z.string().max(MAX_AUTH_ERROR).optional() }),
  z.strictObject({
    status: z.literal('waitingForBrowser'),
    startedAt: z.string(),
    /** The consent page, for when no browser opened by itself (not a secret: it carries no token). */
    signInUrl: z.string().max(4000).optional(),
  }),
  z.strictObject({
    status: z.literal('signedIn'),
    email: z.string().max(320),
    name: z.string().max(200).optional(),
    capabilities: z.array(Capability).readonly(),
    /** False when the keychain is unavailable and the sign-in lasts this session only. */
    persisted: z.boolean(),
  }),
  z.strictObject({ status: z.literal('needsReauth'), email: z.string().max(320), reason: ReauthReason }),
]);
export type AuthState = z.infer<typeof AuthState>;
