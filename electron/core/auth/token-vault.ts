import { AppError } from '../../../shared/ipc/result';
import type { Logger } from '../ports/logger';
import type { SecretStore } from '../ports/secret-store';

/** What the keychain holds for an account. */
export type VaultRead =
  | { readonly kind: 'found'; readonly refreshToken: string }
  | { readonly kind: 'absent' }
  /** Empty or not token-shaped; the entry has been deleted. */
  | { readonly kind: 'garbage' }
  | { readonly kind: 'unavailable'; readonly reason: string };

/** The refresh token in the OS keychain, one entry per Google account; nothing else ever holds it on disk. */
export interface TokenVault {
  load(email: string): Promise<VaultRead>;
  /** True when stored; false when the keychain is unavailable (the caller keeps the token for the session). */
  save(email: string, refreshToken: string): Promise<boolean>;
  remove(email: string): Promise<void>;
}

// Google refresh tokens are printable, URL-safe-ish strings (`1//0g…`); anything else is not ours.
const REFRESH_TOKEN_SHAPE = /^[\w\-./~+=]{16,2048}$/;

/** True when a string could be a refresh token we stored. */
export const looksLikeRefreshToken = (value: string): boolean => REFRESH_TOKEN_SHAPE.test(value);

const unavailableReason = (error: unknown): string | null =>
  error instanceof AppError && error.code === 'KEYCHAIN_UNAVAILABLE' ? error.message : null;

/** Builds the vault over a `SecretStore`; keychain outages become values, other errors propagate. */
export function createTokenVault(secrets: SecretStore, logger: Logger): TokenVault {
  return {
    async load(email) {
      let value: string | null;
      try {
        value = await secrets.get(email);
      } catch (error) {
        const reason = unavailableReason(error);
        if (reason === null) throw error;
        logger.warn('keychain unavailable on read', { reason });
        return { kind: 'unavailable', reason };
      }
      if (value === null) return { kind: 'absent' };
      if (looksLikeRefreshToken(value)) return { kind: 'found', refreshToken: value };
      logger.warn('keychain entry is not a refresh token; deleting it', { length: value.length });
      await secrets.delete(email).catch(() => false);
      return { kind: 'garbage' };
    },
    async save(email, refreshToken) {
      try {
        await secrets.set(email, refreshToken);
        return true;
      } catch (error) {
        const reason = unavailableReason(error);
        if (reason === null) throw error;
        logger.warn('keychain unavailable on write; token kept for this session only', { reason });
        return false;
      }
    },
    async remove(email) {
      try {
        await secrets.delete(email);
      } catch (error) {
        if (unavailableReason(error) === null) throw error;
      }
    },
  };
}
