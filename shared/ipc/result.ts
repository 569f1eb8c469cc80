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
  'CLOCK_SKEW',
  'KEYCHAIN_UNAVAILABLE',
  'CONFIG_ERROR',
  'CANCELLED',
  'BUSY',
  'SHORTCUT_TAKEN',
  'IO_ERROR',
  'INTERNAL',
] as const;

/** One of {@link ERROR_CODES}. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The error half of a {@link Result}; `retryAfterSeconds` tells the user how long to wait. */
export interface AppErrorInfo {
  readonly code: ErrorCode;
  readonly message: string;
  readonly retryAfterSeconds?: number;
}

/** What every request channel answers: a value or a typed error, never a thrown exception. */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppErrorInfo };

/** A typed failure that handlers throw and the IPC server turns into `{ ok: false, error }`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly retryAfterSeconds?: number;

  constructor(code: ErrorCode, message: string, options?: { retryAfterSeconds?: number; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    if (options?.retryAfterSeconds !== undefined) this.retryAfterSeconds = options.retryAfterSeconds;
  }

  /** The wire form: code, message and wait time only, so no cause or stack leaks over IPC. */
  toInfo(): AppErrorInfo {
    return this.retryAfterSeconds === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, retryAfterSeconds: this.retryAfterSeconds };
  }
}

/** Builds a successful result. */
export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** Builds a failed result. */
export const fail = (error: AppErrorInfo): Result<never> => ({ ok: false, error });
