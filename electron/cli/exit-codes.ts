import type { ErrorCode } from '../../shared/ipc/result';

/** Exit statuses scripts can rely on. */
export const EXIT = {
  ok: 0,
  /** Anything not listed below. */
  failure: 1,
  /** Bad input: unknown option, bad meeting code, unknown preset or meeting. */
  usage: 2,
  /** Not signed in, sign-in expired, or a permission is missing. */
  auth: 3,
  /** Offline, Google unavailable, timed out, rate limited, or the outcome is unknown: try again later. */
  transient: 4,
} as const;

const BY_CODE: Partial<Record<ErrorCode, number>> = {
  BAD_REQUEST: EXIT.usage,
  INVALID_MEETING_CODE: EXIT.usage,
  NOT_FOUND: EXIT.usage,
  NOT_SIGNED_IN: EXIT.auth,
  NEEDS_REAUTH: EXIT.auth,
  SCOPE_MISSING: EXIT.auth,
  PERMISSION_DENIED: EXIT.auth,
  NOT_OWNER: EXIT.auth,
  KEYCHAIN_UNAVAILABLE: EXIT.auth,
  OFFLINE: EXIT.transient,
  UNAVAILABLE: EXIT.transient,
  TIMEOUT: EXIT.transient,
  QUOTA_EXCEEDED: EXIT.transient,
  RATE_LIMITED_LOCALLY: EXIT.transient,
  OUTCOME_UNKNOWN: EXIT.transient,
};

/** The exit status for an error code. */
export const exitCodeFor = (code: ErrorCode): number => BY_CODE[code] ?? EXIT.failure;
