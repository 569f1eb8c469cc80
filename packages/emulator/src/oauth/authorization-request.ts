/**
 * Validates the query of `/o/oauth2/v2/auth`. Problems with the client or the redirect URI are
 * shown on an error page, never redirected (no open redirector); the redirect URI must be a
 * loopback IP literal with a port (RFC 8252 §7.3).
 */
import type { OAuthClientRegistration } from '../emulator-context';
import { findAccount } from '../demo-accounts';
import { normalizeScope, splitScopes } from './scopes';

/** A valid authorization request. */
export interface AuthorizationRequest {
  readonly clientId: string;
  readonly redirectUri: string;
  readonly scopes: ReadonlyArray<string>;
  readonly state?: string;
  readonly codeChallenge?: string;
  readonly codeChallengeMethod?: 'S256' | 'plain';
  readonly offline: boolean;
  readonly promptConsent: boolean;
  readonly includeGrantedScopes: boolean;
  readonly loginHint?: string;
}

/** Why a request cannot proceed (shown as Google's "Error 400" page). */
export interface AuthorizationProblem {
  readonly error: 'invalid_request' | 'invalid_client' | 'redirect_uri_mismatch' | 'invalid_scope' | 'unsupported_response_type';
  readonly description: string;
}

/** Whether a redirect URI is `http://127.0.0.1:PORT/…` or `http://[::1]:PORT/…`. */
export function isLoopbackRedirect(uri: string): boolean {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return false;
  }
  return url.protocol === 'http:' && (url.hostname === '127.0.0.1' || url.hostname === '[::1]') && url.port !== '' && url.username === '' && url.password === '' && url.hash === '';
}

/** Checks the query; returns the request or the problem. */
export function readAuthorizationRequest(query: URLSearchParams, clients: ReadonlyArray<OAuthClientRegistration>): AuthorizationRequest | AuthorizationProblem {
  const get = (name: string): string | undefined => query.get(name) ?? undefined;
  const clientId = get('client_id');
  if (clientId === undefined) return { error: 'invalid_request', description: 'Missing required parameter: client_id' };
  if (!clients.some((c) => c.clientId === clientId)) return { error: 'invalid_client', description: 'The OAuth client was not found.' };
  const redirectUri = get('redirect_uri');
  if (redirectUri === undefined) return { error: 'invalid_request', description: 'Missing required parameter: redirect_uri' };
  if (!isLoopbackRedirect(redirectUri)) {
    return { error: 'redirect_uri_mismatch', description: 'Desktop clients must redirect to a loopback IP literal with a port: http://127.0.0.1:PORT or http://[::1]:PORT.' };
  }
  if (get('response_type') !== 'code') return { error: 'unsupported_response_type', description: 'response_type must be "code".' };
  const requested = splitScopes(get('scope') ?? '');
  if (requested.length === 0) return { error: 'invalid_request', description: 'Missing required parameter: scope' };
  const scopes = requested.map(normalizeScope);
  const unknown = requested.find((_, i) => scopes[i] === undefined);
  if (unknown !== undefined) return { error: 'invalid_scope', description: `Some requested scopes were invalid: ${unknown}` };
  const challenge = get('code_challenge');
  const method = get('code_challenge_method') ?? (challenge === undefined ? undefined : 'plain');
  if (method !== undefined && challenge === undefined) return { error: 'invalid_request', description: 'code_challenge_method was sent without code_challenge.' };
  if (method !== undefined && method !== 'S256' && method !== 'plain') return { error: 'invalid_request', description: 'code_challenge_method must be S256 or plain.' };
  if (challenge !== undefined && !/^[A-Za-z0-9\-._~]{43,128}$/.test(challenge)) return { error: 'invalid_request', description: 'Invalid code_challenge.' };
  const loginHint = get('login_hint');
  return {
    clientId,
    redirectUri,
    scopes: scopes as string[],
    ...(get('state') === undefined ? {} : { state: get('state') }),
    ...(challenge === undefined ? {} : { codeChallenge: challenge, codeChallengeMethod: method as 'S256' | 'plain' }),
    offline: get('access_type') === 'offline',
    promptConsent: (get('prompt') ?? '').split(' ').includes('consent'),
    includeGrantedScopes: get('include_granted_scopes') === 'true',
    ...(loginHint !== undefined && findAccount(loginHint) !== undefined ? { loginHint: findAccount(loginHint)!.email } : {}),
  };
}
