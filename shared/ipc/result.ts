import type { Capability } from '../model/auth-state';

/** Every error code a channel can answer with; the renderer maps each to a message and an action. */
export const ERROR_CODES = [
  'BAD_REQUEST',
  'UNKNOWN_CHANNEL',
  'FORBIDDEN_SENDER',
  'RATE_LIMITED_LOCALLY',
  'NOT_SIGNED_IN',
  'NEEDS_REAUTH',
  'SCOPE_MISSING',
  'PERMISSION_DENIED',
  'NOT_OWNER',
  'NOT_FOUND',
  'INVALID_MEETING_CODE',
  'QUOTA_EXCEEDED',
  'UNAVAILABLE',
  'OUTCOME_UNKNOWN',
  'OFFLINE',
  'TIMEOUT',
  'UNEXPECTED_RESPONSE',
  'KEYCHAIN_UNAVAILABLE',
  'CONFIG_ERROR',
  'CANCELLED',
  'BUSY',
  'IO_ERROR',
  'CLIPBOARD_UNAVAILABLE',
  'INTERNAL',
  /** The window lost its connection to Quickmeet's own core (not to Google). */
  'DISCONNECTED',
] as const;

/** One of {@link ERROR_CODES}. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * The error half of a {@link Result}; `retryAfterSeconds` tells the user how long to wait, and
 * `capability` names the permission a SCOPE_MISSING error lacks, so the UI can ask for exactly that.
 */
export interface AppErrorInfo {
  readonly code: ErrorCode;
  readonly message: string;
  readonly retryAfterSeconds?: number;
  readonly capability?: Capability;
}

/** What every request channel answers: a value or a typed error, never a thrown exception. */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppErrorInfo };

/** A typed failure that handlers throw and the IPC server turns into `{ ok: false, error }`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly retryAfterSeconds?: number;
  readonly capability?: Capability;

  constructor(code: ErrorCode, message: string, options?: { retryAfterSeconds?: number; capability?: Capability; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    if (options?.retryAfterSeconds !== undefined) this.retryAfterSeconds = options.retryAfterSeconds;
    if (options?.capability !== undefined) this.capability = options.capability;
  }

  /** The error again from its wire form (an in-process caller of the dispatcher). */
  static fromInfo(info: AppErrorInfo): AppError {
    return new AppError(info.code, info.message, {
      ...(info.retryAfterSeconds !== undefined ? { retryAfterSeconds: info.retryAfterSeconds } : {}),
      ...(info.capability !== undefined ? { capability: info.capability } : {}),
    });
  }

  /** The wire form: code, message, wait time and missing capability only, so no cause or stack leaks over IPC. */
  toInfo(): AppErrorInfo {
    return {
      code: this.code,
      message: this.message,
      ...(this.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: this.retryAfterSeconds }),
      ...(this.capability === undefined ? {} : { capability: this.capability }),
    };
  }
}

/** Builds a successful result. */
export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** Builds a failed result. */
export const fail = (error: AppErrorInfo): Result<never> => ({ ok: false, error });
