import type { AuthState } from '../../../shared/model/auth-state';
import { accountOf } from '../auth/account-documents';
import type { AccessTokenSource } from '../ports/access-token';
import type { OAuthClient } from '../ports/oauth-client';

/** The signed-in user's own Meet identity, to tell their participant from everyone else's. */
export interface OwnIdentity {
  /** `users/{id}` of the signed-in account, or undefined when Google did not say (or no one is signed in). */
  userId(): Promise<string | undefined>;
}

/**
 * Asks userinfo once per account for its `sub`. Meet's `users/{user}` is "interoperable with the
 * People API" (developers.google.com/workspace/meet/api/reference/rest/v2/conferenceRecords.participants#signedinuser),
 * whose id is the same Google account id OpenID Connect reports as `sub`. The auth session keeps only
 * e-mail and name, so the id is read here and kept in memory.
 */
export function createOwnIdentity(
  oauth: Pick<OAuthClient, 'userInfo'>,
  auth: AccessTokenSource & { state(): AuthState },
): OwnIdentity {
  let known: { readonly account: string; readonly user: string | undefined } | undefined;
  return {
    async userId() {
      const account = accountOf(auth.state());
      if (account === null || auth.state().status !== 'signedIn') return undefined;
      if (known?.account === account) return known.user;
      try {
        const info = await oauth.userInfo(await auth.accessToken());
        const user = info.sub && /^\d{1,64}$/.test(info.sub) ? `users/${info.sub}` : undefined;
        known = { account, user };
        return user;
      } catch {
        // Asked again at the next poll; meanwhile no participant counts as the user's own.
        return undefined;
      }
    },
  };
}
