import { AppError } from '../../../shared/ipc/result';
import { MAX_AUTH_ERROR, type AuthState, type Capability } from '../../../shared/model/auth-state';
import { assertNever } from './assert-never';
import type { Reason } from './reauth-reason';
import { capabilitiesFor, explainMissing } from './scopes';
import { REAUTH_REASON_TEXT } from '../../../shared/model/reauth-reason-text';

/** The signed-in account as the core holds it; the refresh token never leaves the core and the keychain. */
export interface SignedInAccount {
  readonly email: string;
  readonly name?: string;
  readonly scopes: ReadonlyArray<string>;
  /** Null when Google issued none (access lasts until the access token expires). */
  readonly refreshToken: string | null;
  /** False when the keychain could not store the refresh token: the sign-in lasts this session. */
  readonly persisted: boolean;
}

/** Where the session stands, independent of a browser flow that may be running. */
export type SessionState =
  | { readonly status: 'signedOut'; readonly lastError?: string }
  | { readonly status: 'signedIn'; readonly account: SignedInAccount }
  | { readonly status: 'needsReauth'; readonly email: string; readonly reason: Reason };

/** A running browser flow. While one runs, a signed-out session shows as `waitingForBrowser`. */
export interface RunningFlow {
  readonly startedAt: string;
  /** The consent page's address, once the flow has built it. */
  consentUrl?: string;
  readonly abort: AbortController;
  readonly done: Promise<AuthState>;
}

/** The renderer's view of the state: who and what, never a token. */
export function toAuthState(session: SessionState, flow: RunningFlow | null): AuthState {
  if (flow && session.status !== 'signedIn') {
    return { status: 'waitingForBrowser', startedAt: flow.startedAt, ...(flow.consentUrl ? { signInUrl: flow.consentUrl } : {}) };
  }
  switch (session.status) {
    case 'signedOut':
      return session.lastError ? { status: 'signedOut', lastError: session.lastError.slice(0, MAX_AUTH_ERROR) } : { status: 'signedOut' };
    case 'signedIn': {
      const { email, name, scopes, persisted } = session.account;
      return { status: 'signedIn', email, ...(name ? { name } : {}), capabilities: capabilitiesFor(scopes), persisted };
    }
    case 'needsReauth':
      return { status: 'needsReauth', email: session.email, reason: session.reason };
    default:
      return assertNever(session);
  }
}

/** Throws the typed error a feature shows when `capability` cannot be used in `session`. */
export function requireCapability(session: SessionState, capability: Capability): void {
  const account = requireSignedIn(session);
  if (!capabilitiesFor(account.scopes).includes(capability)) throw new AppError('SCOPE_MISSING', explainMissing(capability), { capability });
}

/** The account when signed in; otherwise the typed error that says what to do. */
export function requireSignedIn(session: SessionState): SignedInAccount {
  switch (session.status) {
    case 'signedOut':
      throw new AppError('NOT_SIGNED_IN', 'Sign in with Google first.');
    case 'needsReauth':
      throw new AppError('NEEDS_REAUTH', `Sign in again as ${session.email}. ${REAUTH_REASON_TEXT[session.reason]}`);
    case 'signedIn':
      return session.account;
    default:
      return assertNever(session);
  }
}
