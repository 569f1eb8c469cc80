import { AppError } from '../../../shared/ipc/result';
import { OAuthFailure, type AuthorizationRequest, type OAuthClient, type OAuthTokens } from '../../../electron/core/ports/oauth-client';
import type { CallbackVerdict, PendingRedirect, RedirectListener, RedirectOutcome } from '../../../electron/core/ports/redirect-listener';
import { CapturingLogger, ManualClock, MemoryDocuments, MemorySecretStore, RecordingUrlOpener, RecordingEventSink } from '../../support/in-memory-ports';
import { createNoticeBoard } from '../../../electron/core/app/notice-board';
import { createAuth } from '../../../electron/core/auth/create-auth';
import { MEET_CREATED_SCOPE } from '../../../electron/core/auth/scopes';

export const AUTH_ORIGIN = 'https://accounts.example.test';
export const CREATED_GRANT = ['openid', 'https://www.googleapis.com/auth/userinfo.email', MEET_CREATED_SCOPE];

let minted = 0;
/** A refresh token shaped like Google's, unique per call. */
export const mintRefreshToken = () => `1//0fake-refresh-${++minted}-abcdefghijklmnop`;

/** A scripted OAuth client that records every call. */
export class FakeOAuthClient implements OAuthClient {
  readonly authorizationOrigin = AUTH_ORIGIN;
  readonly authRequests: AuthorizationRequest[] = [];
  readonly exchanges: Array<{ code: string; codeVerifier: string; redirectUri: string }> = [];
  readonly refreshes: string[] = [];
  readonly revoked: string[] = [];
  email = 'ada@quickmeet.test';
  grantedScopes: string[] = CREATED_GRANT;
  issueRefreshToken = true;
  exchangeFailure: OAuthFailure | null = null;
  refreshFailure: OAuthFailure | null = null;
  refreshGate: Promise<void> | null = null;
  /** A refresh token the next refreshes hand out (rotation); none by default, like Google. */
  rotatedRefreshToken: string | null = null;
  now: () => number = () => Date.now();

  authorizationUrl(request: AuthorizationRequest): string {
    this.authRequests.push(request);
    const url = new URL('/o/oauth2/v2/auth', AUTH_ORIGIN);
    url.searchParams.set('redirect_uri', request.redirectUri);
    url.searchParams.set('state', request.state);
    url.searchParams.set('code_challenge', request.codeChallenge);
    url.searchParams.set('code_challenge_method', 'S256');
    url.searchParams.set('scope', request.scopes.join(' '));
    if (request.prompt) url.searchParams.set('prompt', request.prompt);
    return url.toString();
  }
  async exchangeCode(request: { code: string; codeVerifier: string; redirectUri: string }): Promise<OAuthTokens> {
    this.exchanges.push(request);
    if (this.exchangeFailure) throw this.exchangeFailure;
    const tokens = { accessToken: `ya29.exchange-${this.exchanges.length}`, expiresAt: this.now() + 3600_000, scopes: this.grantedScopes };
    return this.issueRefreshToken ? { ...tokens, refreshToken: mintRefreshToken() } : tokens;
  }
  async refresh(refreshToken: string): Promise<OAuthTokens> {
    this.refreshes.push(refreshToken);
    if (this.refreshGate) await this.refreshGate;
    if (this.refreshFailure) throw this.refreshFailure;
    const tokens = { accessToken: `ya29.refresh-${this.refreshes.length}`, expiresAt: this.now() + 3600_000, scopes: this.grantedScopes };
    return this.rotatedRefreshToken ? { ...tokens, refreshToken: this.rotatedRefreshToken } : tokens;
  }
  async revoke(token: string): Promise<void> {
    this.revoked.push(token);
  }
  async userInfo(): Promise<{ email: string; name?: string }> {
    return { email: this.email, name: 'Ada Lovelace' };
  }
}

/** A listener that lets the test deliver callbacks by hand. */
export class FakeRedirectListener implements RedirectListener {
  opened = 0;
  closed = 0;
  private judge: ((q: URLSearchParams) => CallbackVerdict) | null = null;
  private settle: ((o: RedirectOutcome) => void) | null = null;
  readonly redirectUri = 'http://127.0.0.1:49152/oauth2/callback';

  async listen(options: { path: string; judge: (q: URLSearchParams) => CallbackVerdict }): Promise<PendingRedirect> {
    this.opened += 1;
    this.judge = options.judge;
    const outcome = new Promise<RedirectOutcome>((resolve) => (this.settle = resolve));
    return { redirectUri: this.redirectUri, outcome, close: async () => void (this.closed += 1) };
  }
  /** What the listener would answer a browser hitting the callback with `query`. */
  deliver(query: Record<string, string>): CallbackVerdict {
    if (!this.judge || !this.settle) throw new Error('no listener open');
    const verdict = this.judge(new URLSearchParams(query));
    if (verdict.accept) this.settle(verdict.outcome);
    return verdict;
  }
}

/** A browser that records URLs and can answer the consent page like a user would. */
export class FakeUrlOpener extends RecordingUrlOpener {
  onOpen: ((url: URL) => void) | null = null;
  override async open(url: string) {
    await super.open(url);
    this.onOpen?.(new URL(url));
  }
}

/** What a missing Secret Service looks like through the keytar adapter. */
export const keychainDown = () => new AppError('KEYCHAIN_UNAVAILABLE', 'The name org.freedesktop.secrets was not provided by any .service files');

/** A fresh sign-in service over fakes, plus handles on every fake. */
export function buildAuthHarness(options: { flowTimeoutMs?: number; secrets?: MemorySecretStore; documents?: MemoryDocuments; oauth?: FakeOAuthClient } = {}) {
  const clock = new ManualClock();
  const oauth = options.oauth ?? new FakeOAuthClient();
  oauth.now = clock.now;
  const listener = new FakeRedirectListener();
  const urlOpener = new FakeUrlOpener();
  const secrets = options.secrets ?? new MemorySecretStore();
  const documents = options.documents ?? new MemoryDocuments();
  const events = new RecordingEventSink();
  const logger = new CapturingLogger();
  const notices = createNoticeBoard(events);
  const auth = createAuth(
    { oauth, redirectListener: listener, urlOpener, secrets, documents: documents.factory, clock, logger, events },
    notices,
    options,
  );
  /** Answers the consent page with a code as soon as the browser opens it. */
  const approveInBrowser = () => {
    urlOpener.onOpen = (url) => queueMicrotask(() => listener.deliver({ state: url.searchParams.get('state') ?? '', code: '4/approved-code' }));
  };
  return { auth, oauth, listener, urlOpener, secrets, documents, events, logger, notices, clock, approveInBrowser };
}
