/** Google's JSON error envelope (AIP-193) for the Meet routes: `{error: {code, message, status, details}}`. */
import { boundedMessage } from './error-text';
import { jsonReply, type Reply } from './reply';

/** Canonical status names and their HTTP codes (google/rpc/code.proto). */
export const CANONICAL_HTTP = {
  INVALID_ARGUMENT: 400,
  FAILED_PRECONDITION: 400,
  OUT_OF_RANGE: 400,
  UNAUTHENTICATED: 401,
  PERMISSION_DENIED: 403,
  NOT_FOUND: 404,
  ALREADY_EXISTS: 409,
  ABORTED: 409,
  RESOURCE_EXHAUSTED: 429,
  INTERNAL: 500,
  UNIMPLEMENTED: 501,
  UNAVAILABLE: 503,
  DEADLINE_EXCEEDED: 504,
} as const;

/** A canonical status name. */
export type CanonicalStatus = keyof typeof CANONICAL_HTTP;

/** A failure a Meet route throws; the server renders it as Google's envelope. */
export class GoogleApiError extends Error {
  constructor(
    readonly status: CanonicalStatus,
    message: string,
    readonly reason?: string,
    readonly headers?: Readonly<Record<string, string>>,
  ) {
    super(boundedMessage(message));
    this.name = 'GoogleApiError';
  }
}

/** Shorthands for the errors the routes raise most. */
export const invalidArgument = (message: string): GoogleApiError => new GoogleApiError('INVALID_ARGUMENT', message);
export const notFound = (message = 'Requested entity was not found.'): GoogleApiError => new GoogleApiError('NOT_FOUND', message);
export const permissionDenied = (message = 'The caller does not have permission'): GoogleApiError => new GoogleApiError('PERMISSION_DENIED', message);
export const failedPrecondition = (message: string): GoogleApiError => new GoogleApiError('FAILED_PRECONDITION', message);
export const insufficientScopes = (): GoogleApiError =>
  new GoogleApiError('PERMISSION_DENIED', 'Request had insufficient authentication scopes.', 'ACCESS_TOKEN_SCOPE_INSUFFICIENT');

/** The Google service a route id belongs to: `pubsub.projects.topics.get` → `pubsub.googleapis.com`. */
const serviceOf = (apiMethod: string | undefined): string => {
  const api = apiMethod?.split('.', 1)[0];
  return api === 'pubsub' || api === 'workspaceevents' ? `${api}.googleapis.com` : 'meet.googleapis.com';
};

/** Renders an error as Google does, with an ErrorInfo detail when there is a reason. */
export function googleErrorReply(error: GoogleApiError, apiMethod?: string): Reply {
  const code = CANONICAL_HTTP[error.status];
  const details =
    error.reason === undefined
      ? undefined
      : [
          {
            '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
            reason: error.reason,
            domain: 'googleapis.com',
            metadata: { service: serviceOf(apiMethod), ...(apiMethod ? { method: apiMethod } : {}) },
          },
        ];
  const headers: Record<string, string> = { ...error.headers };
  if (code === 401) headers['www-authenticate'] = 'Bearer realm="https://accounts.google.com/", error="invalid_token"';
  return jsonReply({ error: { code, message: error.message, status: error.status, ...(details ? { details } : {}) } }, code, headers);
}
