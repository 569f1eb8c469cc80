import { useRef } from 'react';
import type { AuthState } from '../../shared/model/auth-state';

/** The account whose data the window shows: signed in, or waiting to sign in again as; null for nobody. */
export function shownAccount(state: AuthState | undefined): string | null | undefined {
  if (!state) return undefined;
  return state.status === 'signedIn' || state.status === 'needsReauth' ? state.email.toLowerCase() : null;
}

/**
 * A React key that changes whenever the shown account changes (sign-out, another account signing in),
 * but not while the first auth state loads, nor on a refresh or a re-sign-in as the same account.
 * Whatever is rendered under it (link card, errors, the followed conference, pending grants) starts
 * fresh for each account instead of showing the previous one's.
 */
export function useAccountKey(state: AuthState | undefined): number {
  const last = useRef<string | null | undefined>(undefined);
  const generation = useRef(0);
  const account = shownAccount(state);
  if (account !== undefined && account !== last.current) {
    if (last.current !== undefined) generation.current += 1;
    last.current = account;
  }
  return generation.current;
}
