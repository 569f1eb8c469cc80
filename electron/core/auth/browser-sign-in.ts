import { AppError } from '../../../shared/ipc/result';
import type { UrlOpener } from '../ports/url-opener';
import type { Logger } from '../ports/logger';
import type { OAuthClient, OAuthTokens } from '../ports/oauth-client';
import type { RedirectListener, RedirectOutcome } from '../ports/redirect-listener';
import { createCallbackGuard, createOAuthState } from './callback-guard';
import { signInErrorFor } from './oauth-failure-message';
import { createPkcePair } from './pkce';

/** How long the browser has to come back before the listener closes. */
export const SIGN_IN_TIMEOUT_MS = 5 * 60_000;
/** The loopback path Google redirects to. */
export const CALLBACK_PATH = '/oauth2/callback';

/** What one browser round trip needs. */
export interface BrowserSignInDeps {
  readonly oauth: OAuthClient;
  readonly listener: RedirectListener;
  readonly urlOpener: UrlOpener;
  readonly logger: Logger;
  readonly timeoutMs?: number;
  /** Told the consent page's address, so the window can offer it when no browser opens. */
  readonly onConsentUrl?: (url: string) => void;
}

/** What to ask the consent page for. */
export interface ConsentRequest {
  readonly scopes: ReadonlyArray<string>;
  readonly loginHint?: string;
  readonly prompt?: 'consent';
}

/**
 * Waits for the browser to come back, at most `timeoutMs`, or until `signal` aborts. Whichever ends it
 * first clears the timer and the abort listener: the listener's outcome never settles once it is
 * closed, so cleanup cannot hang on it (a cancelled sign-in must not leave a 5-minute timer behind).
 */
function waitForOutcome(outcome: Promise<RedirectOutcome>, timeoutMs: number, signal: AbortSignal): Promise<RedirectOutcome> {
  return new Promise((resolve, reject) => {
    const minutes = Math.round(timeoutMs / 60_000);
    let finished = false;
    const done = (settle: () => void) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      settle();
    };
    const onAbort = () => done(() => reject(new AppError('CANCELLED', 'Sign-in was cancelled.')));
    const timer = setTimeout(
      () => done(() => reject(new AppError('TIMEOUT', `Sign-in timed out: the browser did not come back within ${minutes || 'a few'} minute(s). Sign in again when you are ready.`))),
      timeoutMs,
    );
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    outcome.then(
      (value) => done(() => resolve(value)),
      (error: unknown) => done(() => reject(error)),
    );
  });
}

function failureForCallbackError(outcome: { error: string }): AppError {
  if (outcome.error === 'access_denied') {
    return new AppError('CANCELLED', 'Access was declined in the browser. Quickmeet needs permission to create meetings; sign in again to retry.');
  }
  return new AppError('CONFIG_ERROR', `Google refused the sign-in request (${outcome.error}).`);
}

/**
 * One authorization-code flow in the system browser: PKCE S256, single-use state, loopback listener
 * open only while waiting, and exactly one code exchange.
 */
export async function runBrowserSignIn(deps: BrowserSignInDeps, consent: ConsentRequest, signal: AbortSignal): Promise<OAuthTokens> {
  const pkce = createPkcePair();
  const state = createOAuthState();
  const pending = await deps.listener.listen({ path: CALLBACK_PATH, judge: createCallbackGuard(state) });
  try {
    const url = deps.oauth.authorizationUrl({
      redirectUri: pending.redirectUri,
      state,
      codeChallenge: pkce.challenge,
      scopes: consent.scopes,
      ...(consent.loginHint ? { loginHint: consent.loginHint } : {}),
      ...(consent.prompt ? { prompt: consent.prompt } : {}),
    });
    if (new URL(url).origin !== deps.oauth.authorizationOrigin) {
      throw new AppError('CONFIG_ERROR', 'The consent page is not on the configured sign-in origin.');
    }
    deps.logger.info('sign-in: opening the consent page', { origin: deps.oauth.authorizationOrigin });
    deps.onConsentUrl?.(url);
    // No browser (a server, a broken default) is not the end: the window shows the address to open by hand.
    await deps.urlOpener.open(url).catch((error: unknown) =>
      deps.logger.warn('sign-in: the browser did not open', { kind: error instanceof Error ? error.name : 'unknown' }),
    );
    const outcome = await waitForOutcome(pending.outcome, deps.timeoutMs ?? SIGN_IN_TIMEOUT_MS, signal);
    if (outcome.kind === 'error') throw failureForCallbackError(outcome);
    try {
      return await deps.oauth.exchangeCode({ code: outcome.code, codeVerifier: pkce.verifier, redirectUri: pending.redirectUri });
    } catch (error) {
      deps.logger.warn('sign-in: code exchange failed', { kind: error instanceof Error ? error.name : 'unknown' });
      throw signInErrorFor(error);
    }
  } finally {
    await pending.close();
  }
}
