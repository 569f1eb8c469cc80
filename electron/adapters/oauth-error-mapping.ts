import { OAuthFailure } from '../core/ports/oauth-client';
import { networkCodeOf, OFFLINE_CODES } from './network-error-code';

interface HttpishError {
  readonly message?: string;
  readonly code?: string | number;
  readonly status?: number;
  readonly response?: { readonly status?: number; readonly data?: unknown };
  readonly cause?: unknown;
}


const textOf = (value: unknown, max = 300): string => (typeof value === 'string' ? value.slice(0, max) : '');

/**
 * Sorts a gaxios failure from a token, revoke or userinfo request into an `OAuthFailure`. Only the
 * server's error code and description are kept: never the request, which carries codes and tokens.
 */
export function toOAuthFailure(raw: unknown): OAuthFailure {
  if (raw instanceof OAuthFailure) return raw;
  const error = (typeof raw === 'object' && raw !== null ? raw : {}) as HttpishError;
  const status = error.response?.status ?? error.status;
  if (status !== undefined) {
    const data = (typeof error.response?.data === 'object' && error.response.data !== null ? error.response.data : {}) as Record<string, unknown>;
    const code = textOf(data['error'], 60);
    const description = textOf(data['error_description']) || code || `HTTP ${status}`;
    if (code === 'invalid_grant') return new OAuthFailure('invalid_grant', description);
    if (code === 'invalid_client' || code === 'unauthorized_client' || /client_secret/i.test(description)) return new OAuthFailure('config', description);
    if (status === 429 || status >= 500) return new OAuthFailure('unavailable', `HTTP ${status}`);
    if (code === 'invalid_request' || code === 'invalid_scope') return new OAuthFailure('config', description);
    return new OAuthFailure('unexpected', description);
  }
  const network = networkCodeOf(error) ?? '';
  const message = textOf(error.message, 200);
  if (network === 'TimeoutError' || /timeout|timed out/i.test(message)) return new OAuthFailure('timeout', 'no answer in time');
  if (OFFLINE_CODES.has(network)) return new OAuthFailure('offline', network);
  return new OAuthFailure('unavailable', network || 'connection failed');
}
