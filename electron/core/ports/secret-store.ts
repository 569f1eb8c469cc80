/** The OS keychain, reduced to what sign-in needs. Throws `AppError('KEYCHAIN_UNAVAILABLE')` when absent. */
export interface SecretStore {
  get(account: string): Promise<string | null>;
  set(account: string, secret: string): Promise<void>;
  delete(account: string): Promise<boolean>;
}
