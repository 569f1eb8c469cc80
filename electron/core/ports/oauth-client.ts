/** What a token endpoint answered, in the core's terms. The refresh token is present only when one was minted. */
export interface OAuthTokens {
  readonly accessToken: string;
  /** Wall-clock epoch milliseconds after which the access token is no longer accepted. */
  readonly expiresAt: number;
  readonly refreshToken?: string;
  /** The scopes actually granted, read from the `scope` field of the response. */
  readonly scopes: ReadonlyArray<string>;
}

/** Parameters of one consent-page visit. */
export interface AuthorizationRequest {
  readonly redirectUri: string;
  readonly state: string;
  readonly codeChallenge: string;
  readonly scopes: ReadonlyArray<string>;
  readonly loginHint?: string;
  /** `consent` only when no refresh token is stored: each new consent mints a token and the count is capped. */
  readonly prompt?: 'consent';
}

/** Why a token-endpoint call failed, by what the caller should do about it. */
export type OAuthFailureKind =
  | 'invalid_grant' // refresh token or code refused: sign in again
  | 'config' // the client itself is misconfigured (invalid_client, missing secret)
  | 'unavailable' // 5xx or reset: nothing was decided, start again
  | 'timeout'
  | 'offline'
  | 'unexpected';

/** A token-endpoint failure; `description` is the server's text, never a token. */
export class OAuthFailure extends Error {
  readonly kind: OAuthFailureKind;
  readonly description: string;

  constructor(kind: OAuthFailureKind, description: string) {
    super(`${kind}: ${description}`);
    this.name = 'OAuthFailure';
    this.kind = kind;
    this.description = description;
  }
}

/**
 * Google's OAuth endpoints for an installed app (or the emulator's in demo mode). Stateless: the core
 * holds the tokens and decides when to refresh; API calls get their token from the core (`AccessTokenSource`).
 */
export interface OAuthClient {
  /** Origin of the consent page, e.g. `https://accounts.google.com`; the browser is only sent there. */
  readonly authorizationOrigin: string;
  authorizationUrl(request: AuthorizationRequest): string;
  /** One POST to the token endpoint, never retried: a code is single use (RFC 6749 §4.1.2). */
  exchangeCode(request: { code: string; codeVerifier: string; redirectUri: string }): Promise<OAuthTokens>;
  refresh(refreshToken: string): Promise<OAuthTokens>;
  /** One POST to the revoke endpoint. */
  revoke(token: string): Promise<void>;
  /** Who signed in; `sub` is the account's numeric id: the `{user}` of Meet's `users/{user}`, and the Workspace Events user target. */
  userInfo(accessToken: string): Promise<{ readonly email: string; readonly name?: string; readonly sub?: string }>;
}
