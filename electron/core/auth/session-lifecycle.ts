import { AppError } from '../../../shared/ipc/result';
import type { NoticeBoard } from '../app/notice-board';
import type { Clock } from '../ports/clock';
import type { AccessTokenSource } from '../ports/access-token';
import type { Logger } from '../ports/logger';
import { OAuthFailure, type OAuthClient, type OAuthTokens } from '../ports/oauth-client';
import type { AccessTokenRefresher } from './access-token-refresher';
import type { AccountMemory } from './account-memory';
import { assertNever } from './assert-never';
import { KEYCHAIN_UNREADABLE_NOTICE } from './keychain-notice';
import { refreshErrorFor } from './oauth-failure-message';
import { reauthReasonFor, type Reason } from './reauth-reason';
import { requireSignedIn, type SessionState, type SignedInAccount } from './session-state';
import type { TokenVault } from './token-vault';

/** What the lifecycle reads and changes. */
export interface SessionLifecycleDeps {
  readonly oauth: OAuthClient;
  readonly vault: TokenVault;
  readonly memory: AccountMemory;
  readonly notices: NoticeBoard;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly refresher: AccessTokenRefresher;
  readonly getSession: () => SessionState;
  readonly transition: (next: SessionState) => void;
}

/** Start-up from the keychain, refresh ahead of expiry, the end of a session (refused token or sign-out). */
export interface SessionLifecycle extends AccessTokenSource {
  restore(): Promise<SessionState>;
  ensureFresh(): Promise<void>;
  signOut(): Promise<SessionState>;
}

const logFailure = (logger: Logger, what: string) => (error: unknown) => logger.warn(what, { error: error instanceof Error ? error.name : 'unknown' });

/** Builds the lifecycle: the one owner of the access token and of every refresh. */
export function createSessionLifecycle(deps: SessionLifecycleDeps): SessionLifecycle {
  const { oauth, vault, memory, refresher, logger } = deps;
  const signedInAccount = (): SignedInAccount | null => {
    const session = deps.getSession();
    return session.status === 'signedIn' ? session.account : null;
  };

  async function endSession(account: SignedInAccount, reason: Reason): Promise<void> {
    logger.warn('Google refused the refresh token; sign-in needed', { reason });
    refresher.clear();
    deps.transition({ status: 'needsReauth', email: account.email, reason });
    await vault.remove(account.email).catch(logFailure(logger, 'could not delete the keychain entry'));
    await memory.write({ email: account.email, scopes: [...account.scopes], needsReauth: reason }).catch(logFailure(logger, 'could not remember the account'));
  }

  function accept(account: SignedInAccount, tokens: OAuthTokens): void {
    refresher.note(tokens);
    // A payload without a refresh token (every refresh) keeps the stored one; a rotated one replaces it.
    const rotated = tokens.refreshToken && tokens.refreshToken !== account.refreshToken ? tokens.refreshToken : null;
    const scopesChanged = tokens.scopes.length > 0 && tokens.scopes.join(' ') !== account.scopes.join(' ');
    const next: SignedInAccount = { ...account, ...(rotated ? { refreshToken: rotated } : {}), ...(scopesChanged ? { scopes: tokens.scopes } : {}) };
    if (rotated) void vault.save(account.email, rotated).catch(logFailure(logger, 'could not store the rotated refresh token'));
    if (rotated || scopesChanged) deps.transition({ status: 'signedIn', account: next });
  }

  async function ensureFresh(): Promise<void> {
    const account = requireSignedIn(deps.getSession());
    if (!account.refreshToken) {
      const current = refresher.current();
      if (current && deps.clock.now() < current.expiresAt) return;
      await endSession(account, 'expired');
      throw new AppError('NEEDS_REAUTH', 'Your sign-in expired. Sign in again.');
    }
    let tokens: OAuthTokens;
    try {
      tokens = await refresher.fresh(account.refreshToken);
    } catch (error) {
      if (error instanceof OAuthFailure && error.kind === 'invalid_grant') {
        const reason = reauthReasonFor(error.description);
        if (signedInAccount()?.email === account.email) await endSession(account, reason);
      }
      throw refreshErrorFor(error);
    }
    const now = signedInAccount();
    if (now?.email === account.email) accept(now, tokens);
  }

  return {
    async restore() {
      const remembered = await memory.read();
      if (!remembered) return { status: 'signedOut' };
      if (remembered.needsReauth) return { status: 'needsReauth', email: remembered.email, reason: remembered.needsReauth };
      const stored = await vault.load(remembered.email);
      switch (stored.kind) {
        case 'found': {
          const { email, name, scopes } = remembered;
          const account: SignedInAccount = { email, ...(name ? { name } : {}), scopes, refreshToken: stored.refreshToken, persisted: true };
          return { status: 'signedIn', account };
        }
        case 'absent':
          await memory.write({ ...remembered, needsReauth: 'keychain-cleared' }).catch(logFailure(logger, 'could not remember the account'));
          return { status: 'needsReauth', email: remembered.email, reason: 'keychain-cleared' };
        case 'garbage':
          await memory.forget().catch(logFailure(logger, 'could not forget the account'));
          return { status: 'signedOut' };
        case 'unavailable':
          deps.notices.post(KEYCHAIN_UNREADABLE_NOTICE);
          return { status: 'signedOut' };
        default:
          return assertNever(stored);
      }
    },
    ensureFresh,
    async accessToken(refused) {
      if (refused) refresher.discard(refused);
      await ensureFresh();
      const current = refresher.current();
      // A sign-out while the refresh was in flight: its token is not handed out.
      if (!current) throw new AppError('NOT_SIGNED_IN', 'Sign in with Google first.');
      return current.accessToken;
    },
    async signOut() {
      const session = deps.getSession();
      const accessToken = refresher.current()?.accessToken;
      refresher.clear();
      if (session.status === 'signedIn') {
        const token = session.account.refreshToken ?? accessToken;
        // Revoking frees one of the account's refresh-token slots; a failure must not keep the user signed in.
        if (token) await oauth.revoke(token).catch(logFailure(logger, 'revoking the token failed'));
      }
      if (session.status !== 'signedOut') await vault.remove(session.status === 'signedIn' ? session.account.email : session.email);
      await memory.forget().catch(logFailure(logger, 'could not forget the account'));
      logger.info('signed out');
      return { status: 'signedOut' };
    },
  };
}
