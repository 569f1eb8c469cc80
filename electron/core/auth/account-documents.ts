import { createHash } from 'node:crypto';
import type { AuthState } from '../../../shared/model/auth-state';
import type { DocumentStore, DocumentStoreFactory } from '../ports/document-store';

/** The namespace of documents read and written while no account is signed in. */
export const SIGNED_OUT_NAMESPACE = 'signed-out';

/** The account whose data the app shows in `state`: signed in, or waiting to sign in again as. */
export function accountOf(state: AuthState): string | null {
  return state.status === 'signedIn' || state.status === 'needsReauth' ? state.email.toLowerCase() : null;
}

/** A file-name-safe namespace for `account`: a hash prefix, so the e-mail never appears in a file name. */
export function accountNamespace(account: string | null): string {
  if (account === null) return SIGNED_OUT_NAMESPACE;
  return createHash('sha256').update(account.toLowerCase(), 'utf8').digest('hex').slice(0, 16);
}

/**
 * Wraps `documents` so each name in `perAccount` becomes `<name>-<namespace of the current account>`,
 * resolved on every read and write: one account never reads or overwrites another's meetings, spare
 * spaces or recordings, and a signed-out app reads none of them. Other names pass through unchanged.
 */
export function accountScopedDocuments(documents: DocumentStoreFactory, currentAccount: () => string | null, perAccount: ReadonlyArray<string>): DocumentStoreFactory {
  const scoped = new Set(perAccount);
  return (name) => {
    if (!scoped.has(name)) return documents(name);
    const current = (): DocumentStore => documents(`${name}-${accountNamespace(currentAccount())}`);
    return {
      read: () => current().read(),
      write: (value) => current().write(value),
      reportDamaged: async (reason) => current().reportDamaged?.(reason),
    };
  };
}
