import { AppError } from '../../../shared/ipc/result';
import type { NoticeBoard } from '../app/notice-board';
import type { Logger } from '../ports/logger';
import type { OAuthClient, OAuthTokens } from '../ports/oauth-client';
import type { AccessTokenRefresher } from './access-token-refresher';
import type { AccountMemory } from './account-memory';
import { KEYCHAIN_UNAVAILABLE_NOTICE } from './keychain-notice';
import { signInErrorFor } from './oauth-failure-message';
import type { SessionState, SignedInAccount } from './session-state';
import type { TokenVault } from './token-vault';

/** What turning a token response into a signed-in account needs. */
export interface CompletionDeps {
  readonly oauth: OAuthClient;
  readonly vault: TokenVault;
  readonly memory: AccountMemory;
  readonly notices: NoticeBoard;
  readonly logger: Logger;
  readonly refresher: AccessTokenRefresher;
}

async function whoIs(oauth: OAuthClient, accessToken: string) {
  try {
    return await oauth.userInfo(accessToken);
  } catch (error) {
    throw signInErrorFor(error);
  }
}

/**
 * Finishes a flow: learns who signed in, stores a newly minted refresh token in the keychain (never
 * replacing one with nothing), remembers the account's email, and keeps the access token for the API calls.
 * `current` is the account already signed in when the flow asked for more scopes.
 */
export async function completeSignIn(deps: CompletionDeps, tokens: OAuthTokens, current: SignedInAccount | null): Promise<SessionState> {
  const who = await whoIs(deps.oauth, tokens.accessToken);
  if (current && who.email !== current.email) {
    throw new AppError('PERMISSION_DENIED', `You chose ${who.email} in the browser while ${current.email} is signed in. Choose ${current.email} to grant the permission.`);
  }
  const previous = await deps.memory.read().catch(() => null);
  if (previous && previous.email !== who.email) await deps.vault.remove(previous.email);

  let refreshToken = current?.refreshToken ?? null;
  let persisted = current?.persisted ?? false;
  if (tokens.refreshToken) {
    refreshToken = tokens.refreshToken;
    persisted = await deps.vault.save(who.email, tokens.refreshToken);
    if (!persisted) deps.notices.post(KEYCHAIN_UNAVAILABLE_NOTICE);
  } else if (!current) {
    const stored = await deps.vault.load(who.email);
    if (stored.kind === 'found') [refreshToken, persisted] = [stored.refreshToken, true];
    else deps.logger.warn('sign-in: Google issued no refresh token; access lasts until the access token expires');
  }
  const scopes = tokens.scopes.length > 0 ? tokens.scopes : (current?.scopes ?? []);
  const account: SignedInAccount = { email: who.email, ...(who.name ? { name: who.name } : {}), scopes, refreshToken, persisted };

  // The email is not a secret; it lets the next start find the keychain entry. Session-only sign-ins leave nothing on disk.
  const remembered = persisted ? deps.memory.write({ email: account.email, ...(who.name ? { name: who.name } : {}), scopes: [...scopes] }) : deps.memory.forget();
  await remembered.catch((error: unknown) => deps.logger.warn('could not remember the signed-in account', { error: String(error) }));

  deps.refresher.note(tokens);
  deps.logger.info('signed in', { persisted, scopes: scopes.length });
  return { status: 'signedIn', account };
}
