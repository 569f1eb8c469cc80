import { createListeners } from '../../../shared/events/listeners';
import type { AuthState, Capability } from '../../../shared/model/auth-state';
import type { NoticeBoard } from '../app/notice-board';
import type { AccessTokenSource } from '../ports/access-token';
import type { Clock } from '../ports/clock';
import type { EventSink } from '../ports/event-sink';
import type { UrlOpener } from '../ports/url-opener';
import type { Logger } from '../ports/logger';
import type { OAuthClient, OAuthTokens } from '../ports/oauth-client';
import type { RedirectListener } from '../ports/redirect-listener';
import { createAccessTokenRefresher } from './access-token-refresher';
import type { AccountMemory } from './account-memory';
import { accountOf } from './account-documents';
import type { AuthSession } from './auth-session';
import { runBrowserSignIn, type ConsentRequest } from './browser-sign-in';
import { signInErrorFor } from './oauth-failure-message';
import { createSessionLifecycle } from './session-lifecycle';
import { BASE_SCOPES, scopeFor } from './scopes';
import { completeSignIn } from './sign-in-completion';
import { requireCapability, requireSignedIn, toAuthState, type RunningFlow, type SessionState } from './session-state';
import type { TokenVault } from './token-vault';

/** What the sign-in service is built from. */
export interface AuthServiceDeps {
  readonly oauth: OAuthClient;
  readonly listener: RedirectListener;
  readonly urlOpener: UrlOpener;
  readonly vault: TokenVault;
  readonly memory: AccountMemory;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly events: EventSink;
  readonly notices: NoticeBoard;
  /** What the first consent asks for; {@link BASE_SCOPES} unless the host adds some (the demo adds Pub/Sub). */
  readonly signInScopes?: ReadonlyArray<string>;
  /** How long a browser flow may wait; 5 minutes unless a test says otherwise. */
  readonly flowTimeoutMs?: number;
}

/** The account whose data the app shows changed: sign-out (`next` null), or a sign-in by another account. */
export interface AccountSwitch {
  /** Lower-cased e-mail, or null when nobody was signed in. */
  readonly previous: string | null;
  readonly next: string | null;
}

/** The sign-in state machine with its commands; implements `AuthSession` for the features. */
export interface AuthService extends AuthSession, AccessTokenSource {
  /**
   * Called after the account changes: sign-out, another e-mail signing in, and the first sign-in or
   * restore of a run; not when the same account refreshes, loses access or signs in again. Whoever
   * keeps one account's data in memory drops or reloads it here.
   */
  onAccountSwitch(listener: (change: AccountSwitch) => void): () => void;
  /**
   * Runs `task` at each sign-out while the account can still call Google (before its token is revoked),
   * so a feature can remove what it made under that account. A failing task does not stop the sign-out.
   */
  beforeSignOut(task: () => Promise<void>): () => void;
  /** Signs in from the keychain without a browser when a refresh token is stored. */
  restore(): Promise<void>;
  signIn(): Promise<AuthState>;
  cancelSignIn(): Promise<AuthState>;
  signOut(): Promise<AuthState>;
  requestCapability(capability: Capability): Promise<AuthState>;
  dispose(): void;
}

/** Builds the sign-in service. All transitions go through `transition`, which pushes `auth.changed`. */
export function createAuthService(deps: AuthServiceDeps): AuthService {
  let session: SessionState = { status: 'signedOut' };
  let flow: RunningFlow | null = null;
  const listeners = createListeners<[state: AuthState]>();
  const switchListeners = createListeners<[change: AccountSwitch]>();
  const signOutTasks = new Set<() => Promise<void>>();
  let shownAccount: string | null = null;
  const refresher = createAccessTokenRefresher(deps.oauth, deps.clock);

  const state = () => toAuthState(session, flow);
  const publish = () => {
    const current = state();
    deps.events.emit('auth.changed', current);
    listeners.emit(current);
  };
  const transition = (next: SessionState) => {
    session = next;
    publish();
    const account = accountOf(state());
    if (account === shownAccount) return;
    const change = { previous: shownAccount, next: account };
    shownAccount = account;
    switchListeners.emit(change);
  };
  const policy = createSessionLifecycle({ ...deps, refresher, getSession: () => session, transition });

  function startFlow(consent: ConsentRequest, complete: (tokens: OAuthTokens) => Promise<SessionState>): Promise<AuthState> {
    if (flow) return flow.done;
    const abort = new AbortController();
    const done = (async () => {
      try {
        const onConsentUrl = (url: string) => {
          if (!flow) return;
          flow.consentUrl = url;
          publish();
        };
        const tokens = await runBrowserSignIn({ ...deps, timeoutMs: deps.flowTimeoutMs, onConsentUrl }, consent, abort.signal);
        const next = await complete(tokens);
        flow = null;
        transition(next);
        return state();
      } catch (error) {
        const failure = signInErrorFor(error);
        flow = null;
        deps.logger.warn('sign-in did not complete', { code: failure.code });
        transition(session.status === 'signedOut' ? { status: 'signedOut', lastError: failure.message } : session);
        throw failure;
      }
    })();
    flow = { startedAt: new Date(deps.clock.now()).toISOString(), abort, done };
    publish();
    return done;
  }

  const completion = { ...deps, refresher };

  return {
    state,
    onChange(listener) {
      return listeners.add(listener);
    },
    onAccountSwitch(listener) {
      return switchListeners.add(listener);
    },
    beforeSignOut(task) {
      signOutTasks.add(task);
      return () => void signOutTasks.delete(task);
    },
    require: (capability) => requireCapability(session, capability),
    ensureFresh: () => policy.ensureFresh(),
    accessToken: (refused) => policy.accessToken(refused),
    async restore() {
      transition(await policy.restore());
      if (session.status === 'signedIn') void policy.ensureFresh().catch(() => undefined);
    },
    signIn() {
      if (session.status === 'signedIn') return Promise.resolve(state());
      const loginHint = session.status === 'needsReauth' ? session.email : undefined;
      // Nothing is stored when signed out, so consent is asked for and a refresh token is minted.
      const consent: ConsentRequest = { scopes: deps.signInScopes ?? BASE_SCOPES, prompt: 'consent', ...(loginHint ? { loginHint } : {}) };
      return startFlow(consent, (tokens) => completeSignIn(completion, tokens, null));
    },
    async cancelSignIn() {
      flow?.abort.abort();
      await flow?.done.catch(() => undefined);
      return state();
    },
    async signOut() {
      flow?.abort.abort();
      await flow?.done.catch(() => undefined);
      if (session.status === 'signedIn') {
        await Promise.all([...signOutTasks].map((task) => task().catch((error: unknown) => deps.logger.warn('sign-out: clean-up failed', { error: String(error) }))));
      }
      transition(await policy.signOut());
      return state();
    },
    async requestCapability(capability) {
      const account = requireSignedIn(session);
      if (account.scopes.includes(scopeFor(capability))) return state();
      const scopes = [...new Set([...BASE_SCOPES, ...account.scopes, scopeFor(capability)])];
      // With a stored refresh token, consent is never forced: that would mint another token against the cap.
      const consent: ConsentRequest = { scopes, loginHint: account.email, ...(account.refreshToken ? {} : { prompt: 'consent' as const }) };
      const granted = await startFlow(consent, (tokens) => completeSignIn(completion, tokens, account));
      // Granular consent lets the user untick the scope; say so rather than pretend it worked.
      requireCapability(session, capability);
      return granted;
    },
    dispose() {
      flow?.abort.abort();
      listeners.clear();
      switchListeners.clear();
      signOutTasks.clear();
    },
  };
}
