// google-auth-library's own gaxios: the one copy in the tree (R9), without a second direct dependency.
import { gaxios } from 'google-auth-library';
import { z } from 'zod';
import type { OAuthClient, OAuthTokens } from '../core/ports/oauth-client';
import { GOOGLE_ENDPOINTS, type OAuthEndpoints } from './google-oauth-endpoints';
import { toOAuthFailure } from './oauth-error-mapping';

/** How a host builds the OAuth client. */
export interface GoogleOAuthClientOptions {
  readonly clientId: string;
  /** Required by Google's token endpoint for Desktop clients; public, never treated as a credential. */
  readonly clientSecret: string;
  /** Google's by default; `emulatorEndpoints(baseUrl)` in demo mode. */
  readonly endpoints?: OAuthEndpoints;
  /** Per-request timeout for token, revoke and userinfo calls. */
  readonly timeoutMs?: number;
}

const TokenResponse = z.object({
  access_token: z.string().min(1),
  expires_in: z.number().positive().optional(),
  refresh_token: z.string().min(1).optional(),
  scope: z.string().optional(),
});
const UserInfo = z.object({ email: z.email(), name: z.string().max(200).optional(), sub: z.string().max(100).optional() });

/** A code exchange and a revoke are sent once: a code is single use, and a repeated revoke proves nothing. */
const ONCE: gaxios.RetryConfig = { retry: 0, noResponseRetries: 0 };
/** A refresh is safe to repeat, a little and with a cap, when Google is busy or the connection drops. */
const REFRESH_RETRY: gaxios.RetryConfig = {
  retry: 2,
  noResponseRetries: 1,
  httpMethodsToRetry: ['POST'],
  statusCodesToRetry: [
    [429, 429],
    [500, 599],
  ],
  retryDelayMultiplier: 2,
  maxRetryDelay: 4_000,
  totalTimeout: 30_000,
};

/** A token-endpoint answer in the core's terms; an absent `expires_in` means Google's default hour. */
function toTokens(data: unknown): OAuthTokens {
  const body = TokenResponse.parse(data);
  const { expires_in: expiresIn = 3600, refresh_token: refreshToken } = body;
  const scopes = (body.scope ?? '').split(/\s+/).filter(Boolean);
  return { accessToken: body.access_token, expiresAt: Date.now() + expiresIn * 1000, scopes, ...(refreshToken ? { refreshToken } : {}) };
}

/**
 * The OAuthClient port over plain HTTP requests (gaxios). It holds no tokens: the core owns them,
 * refreshes them, and hands them to the Meet adapter through its `AccessTokenSource`.
 */
export function createGoogleOAuthClient(options: GoogleOAuthClientOptions): OAuthClient {
  const endpoints = options.endpoints ?? GOOGLE_ENDPOINTS;
  const timeout = options.timeoutMs ?? 15_000;
  const http = new gaxios.Gaxios({ timeout });

  /** One request and its validated answer; any failure becomes an `OAuthFailure` that keeps only the server's error code and text. */
  const send = async <T>(request: gaxios.GaxiosOptions, read: (data: unknown) => T): Promise<T> => {
    try {
      return read((await http.request<unknown>({ timeout, ...request })).data);
    } catch (error) {
      throw toOAuthFailure(error);
    }
  };
  const tokenRequest = (grant: Record<string, string>, retryConfig: gaxios.RetryConfig) =>
    send(
      {
        url: endpoints.tokenUrl,
        method: 'POST',
        data: new URLSearchParams({ ...grant, client_id: options.clientId, client_secret: options.clientSecret }),
        retry: retryConfig !== ONCE,
        retryConfig,
      },
      toTokens,
    );

  return {
    authorizationOrigin: new URL(endpoints.authorizationUrl).origin,
    authorizationUrl(request) {
      const url = new URL(endpoints.authorizationUrl);
      const query: Record<string, string> = {
        access_type: 'offline',
        include_granted_scopes: 'true',
        response_type: 'code',
        scope: request.scopes.join(' '),
        state: request.state,
        redirect_uri: request.redirectUri,
        code_challenge: request.codeChallenge,
        code_challenge_method: 'S256',
        ...(request.loginHint ? { login_hint: request.loginHint } : {}),
        ...(request.prompt ? { prompt: request.prompt } : {}),
        client_id: options.clientId,
      };
      for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
      return url.toString();
    },
    exchangeCode: (request) =>
      tokenRequest({ grant_type: 'authorization_code', code: request.code, code_verifier: request.codeVerifier, redirect_uri: request.redirectUri }, ONCE),
    refresh: (refreshToken) => tokenRequest({ grant_type: 'refresh_token', refresh_token: refreshToken }, REFRESH_RETRY),
    async revoke(token) {
      const url = new URL(endpoints.revokeUrl);
      url.searchParams.set('token', token);
      await send({ url: url.toString(), method: 'POST', retry: false, retryConfig: ONCE }, () => undefined);
    },
    userInfo: (accessToken) =>
      send({ url: endpoints.userInfoUrl, headers: { authorization: `Bearer ${accessToken}` } }, (data) => {
        const info = UserInfo.parse(data);
        return { email: info.email, ...(info.name ? { name: info.name } : {}), ...(info.sub ? { sub: info.sub } : {}) };
      }),
  };
}
