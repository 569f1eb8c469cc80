import type { Clock } from '../ports/clock';
import type { OAuthClient, OAuthTokens } from '../ports/oauth-client';

/** Refresh this long before the access token's expiry, so a call never starts with a dying token. */
export const REFRESH_MARGIN_MS = 5 * 60_000;

/** Keeps the access token in memory and refreshes it ahead of expiry, one refresh at a time. */
export interface AccessTokenRefresher {
  /** A token valid for at least the margin, refreshing first when needed (judged by the wall clock). */
  fresh(refreshToken: string): Promise<OAuthTokens>;
  /** Records tokens obtained elsewhere (the code exchange). */
  note(tokens: OAuthTokens): void;
  /** Forgets `accessToken` if it is the current one: Google refused it, so the next `fresh` refreshes. */
  discard(accessToken: string): void;
  /** The current token, if any, without refreshing. */
  current(): OAuthTokens | null;
  clear(): void;
}

/** Builds the refresher; expiry is compared with `clock.now()` so it stays right across sleep. */
export function createAccessTokenRefresher(oauth: OAuthClient, clock: Clock): AccessTokenRefresher {
  let tokens: OAuthTokens | null = null;
  let inFlight: Promise<OAuthTokens> | null = null;
  let generation = 0;

  const isFresh = (t: OAuthTokens | null): t is OAuthTokens => t !== null && clock.now() < t.expiresAt - REFRESH_MARGIN_MS;

  return {
    fresh(refreshToken) {
      if (isFresh(tokens)) return Promise.resolve(tokens);
      if (inFlight) return inFlight;
      const started = generation;
      inFlight = oauth
        .refresh(refreshToken)
        .then((result) => {
          // A sign-out during the refresh wins: its answer is dropped.
          if (started === generation) tokens = result;
          return result;
        })
        .finally(() => {
          inFlight = null;
        });
      return inFlight;
    },
    note(next) {
      tokens = next;
    },
    discard(accessToken) {
      if (tokens?.accessToken === accessToken) tokens = null;
    },
    current: () => tokens,
    clear() {
      tokens = null;
      inFlight = null;
      generation += 1;
    },
  };
}
