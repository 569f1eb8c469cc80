import { AppError } from '../../shared/ipc/result';
import type { SecretStore } from '../core/ports/secret-store';

/** The keychain service name every Quickmeet entry is filed under; the account is the Google email. */
export const KEYCHAIN_SERVICE = 'Quickmeet';

type Keytar = typeof import('keytar');

/**
 * How long a keychain call may take. Long enough for a person: the macOS "allow access" prompt and the
 * GNOME keyring's unlock dialog wait for an answer, and the call returns only then. A call that takes
 * longer is taken as an unavailable keychain, so sign-in carries on for the session.
 */
export const KEYCHAIN_TIMEOUT_MS = 2 * 60_000;

/** Options for the keytar store. */
export interface KeytarSecretStoreOptions {
  readonly service?: string;
  /** A locked keyring can wait on a prompt that never comes; give up after this long ({@link KEYCHAIN_TIMEOUT_MS}). */
  readonly timeoutMs?: number;
  /** Loads the addon; injectable so a failed build can be simulated. */
  readonly load?: () => Promise<Keytar>;
}

const loadKeytar = async (): Promise<Keytar> => {
  const module = (await import('keytar')) as Keytar & { default?: Keytar };
  return module.default ?? module;
};

/**
 * The OS keychain through keytar (Keychain, Credential Vault, Secret Service). Every failure of the
 * keychain itself — addon not built, no session bus, no Secret Service, locked collection, timeout —
 * becomes `KEYCHAIN_UNAVAILABLE`, so sign-in can carry on for the session.
 */
export function createKeytarSecretStore(options: KeytarSecretStoreOptions = {}): SecretStore {
  const service = options.service ?? KEYCHAIN_SERVICE;
  const timeoutMs = options.timeoutMs ?? KEYCHAIN_TIMEOUT_MS;
  let keytar: Promise<Keytar> | null = null;

  async function run<T>(operation: (k: Keytar) => Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    try {
      keytar ??= (options.load ?? loadKeytar)();
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`the keychain did not answer within ${timeoutMs / 1000} s`)), timeoutMs);
      });
      return await Promise.race([keytar.then(operation), timeout]);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new AppError('KEYCHAIN_UNAVAILABLE', `The system keychain is not available: ${reason.slice(0, 200)}`, { cause: error });
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    get: (account) => run((k) => k.getPassword(service, account)),
    set: (account, secret) => run((k) => k.setPassword(service, account, secret)),
    delete: (account) => run((k) => k.deletePassword(service, account)),
  };
}
