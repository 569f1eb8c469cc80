import { CodeChallengeMethod, OAuth2Client, type Credentials } from 'google-auth-library';
import type { GetTokenResponse } from 'google-auth-library/build/src/auth/oauth2client';
import { z } from 'zod';
import type { OAuthClient, OAuthFailure, OAuthTokens } from '../core/ports/oauth-client';
import { GOOGLE_ENDPOINTS, type OAuthEndpoints } from './google-oauth-endpoints';
import { toOAuthFailure } from './oauth-error-mapping';
import { installRetryRules } from './oauth-retry-rules';

/** How a host builds the OAuth client. */
export interface GoogleOAuthClientOptions {
  readonly clientId: string;
  /** Required by Google's token endpoint for Desktop clients; public, never treated as a credential. */
  readonly clientSecret: string;
  /** Google's by default; `emulatorEndpoints(baseUrl)` in demo mode. */
  readonly endpoints?: OAuthEndpoints;
  /** Per-request timeout for every call through this client (token, revoke, userinfo, and Meet calls). */
  readonly timeoutMs?: number;
}

/** The port plus the library client that the Meet adapter passes as `auth` to googleapis. */
export interface GoogleOAuthClient extends OAuthClient {
  /** Holds the in-memory credentials; refreshes ahead of expiry and once after a 401 (`forceRefreshOnFailure`). */
  readonly authClient: OAuth2Client;
}

const TokenResponse = z.object({
  access_token: z.string().min(1),
  expires_in: z.number().positive().optional(),
  refresh_token: z.string().min(1).optional(),
  scope: z.string().optional(),
});
const UserInfo = z.object({ email: z.email(), name: z.string().max(200).optional() });

const scopesOf = (scope: string | null | undefined) => (scope ?? '').split(/\s+/).filter(Boolean);

/** OAuth2Client that reports refresh refusals, including those it meets while authorising API calls. */
class ObservedOAuth2Client extends OAuth2Client {
  onRefreshError: ((error: unknown) => void) | null = null;
  /** The library's de-duplicated refresh, made callable. */
  refreshWith(refreshToken: string): Promise<GetTokenResponse> {
    return this.refreshToken(refreshToken);
  }
  protected override async refreshTokenNoCache(refreshToken?: string | null): Promise<GetTokenResponse> {
    try {
      return await super.refreshTokenNoCache(refreshToken);
    } catch (error) {
      this.onRefreshError?.(error);
      throw error;
    }
  }
}

/** Builds the adapter over google-auth-library's OAuth2Client. */
export function createGoogleOAuthClient(options: GoogleOAuthClientOptions): GoogleOAuthClient {
  const endpoints = options.endpoints ?? GOOGLE_ENDPOINTS;
  const timeout = options.timeoutMs ?? 15_000;
  const client = new ObservedOAuth2Client({
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    endpoints: {
      oauth2AuthBaseUrl: endpoints.authorizationUrl,
      oauth2TokenUrl: endpoints.tokenUrl,
      oauth2RevokeUrl: endpoints.revokeUrl,
      tokenInfoUrl: endpoints.tokenInfoUrl,
    },
    // Without this a 401 with a future expiry (revoked token, clock jump) is returned unrefreshed.
    forceRefreshOnFailure: true,
    eagerRefreshThresholdMillis: 5 * 60_000,
    transporterOptions: { timeout },
  });
  installRetryRules(client.transporter, endpoints);
  const failureListeners = new Set<(failure: OAuthFailure) => void>();
  client.onRefreshError = (error) => {
    const failure = toOAuthFailure(error);
    for (const listener of failureListeners) listener(failure);
  };

  const toTokens = (credentials: Credentials): OAuthTokens | null =>
    credentials.access_token
      ? {
          accessToken: credentials.access_token,
          expiresAt: credentials.expiry_date ?? Date.now() + 3600_000,
          ...(credentials.refresh_token ? { refreshToken: credentials.refresh_token } : {}),
          scopes: scopesOf(credentials.scope),
        }
      : null;

  const call = async <T>(request: () => Promise<T>): Promise<T> => {
    try {
      return await request();
    } catch (error) {
      throw toOAuthFailure(error);
    }
  };

  return {
    authClient: client,
    authorizationOrigin: new URL(endpoints.authorizationUrl).origin,
    authorizationUrl: (request) =>
      client.generateAuthUrl({
        access_type: 'offline',
        include_granted_scopes: true,
        response_type: 'code',
        scope: [...request.scopes],
        state: request.state,
        redirect_uri: request.redirectUri,
        code_challenge: request.codeChallenge,
        code_challenge_method: CodeChallengeMethod.S256,
        ...(request.loginHint ? { login_hint: request.loginHint } : {}),
        ...(request.prompt ? { prompt: request.prompt } : {}),
      }),
    exchangeCode: (request) =>
      call(async () => {
        // Our own request, not getToken(): the library would retry this POST on 503 and spend the code twice.
        const response = await client.transporter.request<unknown>({
          url: endpoints.tokenUrl,
          method: 'POST',
          data: new URLSearchParams({
            grant_type: 'authorization_code',
            code: request.code,
            code_verifier: request.codeVerifier,
            redirect_uri: request.redirectUri,
            client_id: options.clientId,
            client_secret: options.clientSecret,
          }),
          retry: false,
          retryConfig: { retry: 0, noResponseRetries: 0 },
          timeout,
        });
        const body = TokenResponse.parse(response.data);
        const { expires_in: expiresIn = 3600, refresh_token: refreshToken } = body;
        return { accessToken: body.access_token, expiresAt: Date.now() + expiresIn * 1000, scopes: scopesOf(body.scope), ...(refreshToken ? { refreshToken } : {}) };
      }),
    refresh: (refreshToken) =>
      call(async () => {
        const { tokens } = await client.refreshWith(refreshToken);
        const mapped = toTokens(tokens);
        if (!mapped) throw new Error('token response without access_token');
        return mapped;
      }),
    revoke: (token) => call(async () => void (await client.revokeToken(token))),
    userInfo: (accessToken) =>
      call(async () => {
        const response = await client.transporter.request<unknown>({ url: endpoints.userInfoUrl, headers: { authorization: `Bearer ${accessToken}` }, timeout });
        const info = UserInfo.parse(response.data);
        return info.name ? { email: info.email, name: info.name } : { email: info.email };
      }),
    useCredentials(credentials) {
      client.setCredentials(
        credentials
          ? {
              refresh_token: credentials.refreshToken,
              ...(credentials.accessToken ? { access_token: credentials.accessToken, token_type: 'Bearer' } : {}),
              ...(credentials.expiresAt ? { expiry_date: credentials.expiresAt } : {}),
            }
          : {},
      );
    },
    onTokens(listener) {
      const forward = (credentials: Credentials) => {
        const tokens = toTokens(credentials);
        if (tokens) listener(tokens);
      };
      client.on('tokens', forward);
      return () => void client.off('tokens', forward);
    },
    onRefreshFailure(listener) {
      failureListeners.add(listener);
      return () => void failureListeners.delete(listener);
    },
  };
}
