import { z } from 'zod';
import { AppError } from '../../shared/ipc/result';
import { networkCodeOf, OFFLINE_CODES } from './network-error-code';

/** How the failed call may be retried and what an ambiguous failure means. */
export interface CallKind {
  /** POST/PATCH: a timeout or reset after sending means the write may have happened. */
  readonly write: boolean;
  /** What the write does, for "may or may not have been …" (e.g. "created"). */
  readonly writeVerb?: string;
  /** spaces.get on a meeting-code alias: a 400 means the code itself is wrong. */
  readonly meetingCodeLookup?: boolean;
  /** Which API and what it handles, for the words of the error (Meet and "the meeting" by default). */
  readonly service?: ServiceWords;
}

/** How errors of one Google API speak of it. */
export interface ServiceWords {
  /** As the console's API library names it, e.g. "Google Meet REST API". */
  readonly api: string;
  /** What a write changes, e.g. "the meeting". */
  readonly subject: string;
  /** The 404 message. */
  readonly notFound: string;
  /** The 403 message when the token has the scope but Google still refuses. */
  readonly forbidden: string;
}

/** The Meet REST API's words (the default). */
export const MEET_WORDS: ServiceWords = {
  api: 'Google Meet REST API',
  subject: 'the meeting',
  notFound: 'Meeting not found.',
  forbidden: 'Permission missing — you may not own this meeting, or reconnect your Google account.',
};

/** What a failure looked like on the wire, extracted once from gaxios' error. */
export interface WireFailure {
  /** HTTP status, when a response came back. */
  readonly status?: number;
  /** Node/undici error code (ECONNRESET, ECONNREFUSED, TimeoutError …) when none did. */
  readonly networkCode?: string;
  /** Neither a response nor a network error: a fault inside Quickmeet, which repeating cannot fix. */
  readonly local?: boolean;
  /** Google's canonical status and ErrorInfo reason from the JSON envelope. */
  readonly googleStatus?: string;
  readonly reason?: string;
  readonly message?: string;
  /** Seconds from Retry-After (or RetryInfo) on 429/503. */
  readonly retryAfterSeconds?: number;
}

const GoogleEnvelope = z.object({
  error: z.object({
    code: z.number().optional(),
    message: z.string().optional(),
    status: z.string().optional(),
    details: z.array(z.looseObject({ '@type': z.string().optional(), reason: z.string().optional(), retryDelay: z.string().optional() })).optional(),
  }),
});
const TIMEOUT_CODES = new Set(['TimeoutError', 'ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

/**
 * Reads status, Google's envelope, Retry-After and the network error code from a Meet call's gaxios
 * error. Token-endpoint failures never reach here: the core refreshes, and `toOAuthFailure` sorts those.
 */
export function describeFailure(error: unknown): WireFailure {
  const e = error as { response?: { status?: number; data?: unknown; headers?: unknown }; config?: unknown } | null;
  const response = e?.response;
  if (!response || typeof response.status !== 'number') {
    const code = networkCodeOf(error);
    // gaxios wraps every failed request (it carries `config`); anything else was thrown before one was sent.
    if (code === undefined && !e?.config) return { local: true };
    return { networkCode: code };
  }
  const google = GoogleEnvelope.safeParse(response.data);
  const details = google.success ? (google.data.error.details ?? []) : [];
  return {
    status: response.status,
    googleStatus: google.success ? google.data.error.status : undefined,
    reason: details.find((d) => d.reason)?.reason,
    message: google.success ? google.data.error.message : undefined,
    retryAfterSeconds: retryAfter(header(response.headers, 'retry-after'), details.find((d) => d.retryDelay)?.retryDelay),
  };
}

/**
 * For `spaces.endActiveConference`: Google answers 400 FAILED_PRECONDITION when no conference is running
 * (it ended a moment ago), which is the outcome asked for (REFERENCE §4.4). Pass to `.catch` of that call.
 */
export function nothingToEndIsDone(error: unknown): { data: unknown } {
  const failure = describeFailure(error);
  if (failure.status === 400 && failure.googleStatus === 'FAILED_PRECONDITION') return { data: {} };
  throw error;
}

/** True for failures a GET may repeat: 408/429/5xx gateway statuses and network errors. */
export function isTransient(failure: WireFailure): boolean {
  if (failure.local) return false;
  if (failure.status === undefined) return true;
  return [408, 429, 500, 502, 503, 504].includes(failure.status);
}

/** Maps a failure to the AppError the features and the UI understand. */
export function toAppError(failure: WireFailure, kind: CallKind): AppError {
  const verb = kind.writeVerb ?? 'saved';
  const words = kind.service ?? MEET_WORDS;
  if (failure.local) return new AppError('INTERNAL', 'Something went wrong inside Quickmeet before Google was asked.');
  if (failure.status === undefined) {
    const code = failure.networkCode ?? '';
    if (OFFLINE_CODES.has(code)) return new AppError('OFFLINE', 'You appear to be offline: Google could not be reached.');
    if (kind.write) return new AppError('OUTCOME_UNKNOWN', `The connection dropped: ${words.subject} may or may not have been ${verb}. Try again.`);
    if (TIMEOUT_CODES.has(code)) return new AppError('TIMEOUT', 'Google did not answer in time. Try again.');
    return new AppError('UNAVAILABLE', 'The connection to Google dropped. Try again.');
  }
  switch (failure.status) {
    case 400:
      return kind.meetingCodeLookup
        ? new AppError('INVALID_MEETING_CODE', 'That meeting code looks wrong.')
        : new AppError('BAD_REQUEST', `Google refused the request${failure.message ? `: ${failure.message}` : '.'}`);
    case 401:
      return new AppError('NEEDS_REAUTH', 'Google no longer accepts this sign-in. Sign in again.');
    case 403:
      // "Google Meet REST API has not been used in project … before or it is disabled": a setup step, not a permission.
      if (failure.reason === 'SERVICE_DISABLED' || /has not been used in project|it is disabled/i.test(failure.message ?? '')) {
        return new AppError('CONFIG_ERROR', `The ${words.api} is not enabled in the Google Cloud project of this app’s OAuth client. Enable it (APIs & Services → Library), wait a few minutes, and try again.`);
      }
      return new AppError('PERMISSION_DENIED', failure.reason === 'ACCESS_TOKEN_SCOPE_INSUFFICIENT'
        ? 'Permission missing — reconnect your Google account and allow Meet access.'
        : words.forbidden);
    case 404:
      return new AppError('NOT_FOUND', words.notFound);
    case 408:
      return new AppError('TIMEOUT', 'Google did not answer in time. Try again.');
    case 429: {
      const seconds = failure.retryAfterSeconds ?? 60;
      return new AppError('QUOTA_EXCEEDED', `Google's limit was reached. Try again in ${seconds} s.`, { retryAfterSeconds: seconds });
    }
    case 504:
      if (kind.write) return new AppError('OUTCOME_UNKNOWN', `Google timed out: ${words.subject} may or may not have been ${verb}. Try again.`);
      return new AppError('TIMEOUT', 'Google did not answer in time. Try again.');
    default:
      if (failure.status >= 500) return new AppError('UNAVAILABLE', 'Google is having trouble right now. Try again.');
      return new AppError('UNEXPECTED_RESPONSE', `Google answered with status ${failure.status}.`);
  }
}

function header(headers: unknown, name: string): string | undefined {
  if (headers && typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const value = (headers as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : undefined;
}

/** Retry-After as seconds (delta or HTTP date), else RetryInfo's `"30s"`; capped at an hour. */
function retryAfter(value: string | undefined, retryDelay: string | undefined): number | undefined {
  let seconds: number | undefined;
  if (value !== undefined && /^\d+$/.test(value.trim())) seconds = Number(value.trim());
  else if (value !== undefined && !Number.isNaN(Date.parse(value))) seconds = Math.max(0, Math.ceil((Date.parse(value) - Date.now()) / 1000));
  else if (retryDelay !== undefined && /^\d+(\.\d+)?s$/.test(retryDelay)) seconds = Math.ceil(Number.parseFloat(retryDelay));
  return seconds === undefined ? undefined : Math.min(seconds, 3600);
}
