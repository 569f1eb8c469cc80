/**
 * Where the API client gets the access token for each call. The core implements it and is the only
 * place that refreshes: the adapter never holds a refresh token.
 */
export interface AccessTokenSource {
  /**
   * An access token valid for a few more minutes, refreshing first when needed. `refused` is a token
   * Google just answered 401 to (revoked, or a clock jump): it is dropped and a new one fetched.
   * Throws `AppError` NOT_SIGNED_IN or NEEDS_REAUTH when no token can be had.
   */
  accessToken(refused?: string): Promise<string>;
}
