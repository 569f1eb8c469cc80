import type { AuthState, Capability } from '../../../shared/model/auth-state';

/** What features need to know about sign-in; implemented by the sign-in state machine. */
export interface AuthSession {
  state(): AuthState;
  onChange(listener: (state: AuthState) => void): () => void;
  /** Throws `AppError` NOT_SIGNED_IN, NEEDS_REAUTH or SCOPE_MISSING when `capability` is not usable now. */
  require(capability: Capability): void;
  /**
   * Makes sure the API client holds an access token valid for a few more minutes (judged by the wall
   * clock, so it holds after sleep). Throws NEEDS_REAUTH when Google refuses the refresh token.
   */
  ensureFresh(): Promise<void>;
}
