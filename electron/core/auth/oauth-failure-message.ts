import { AppError } from '../../../shared/ipc/result';
import { OAuthFailure } from '../ports/oauth-client';

/** Turns a token-endpoint failure during sign-in into the error the window shows; every one restarts from the browser. */
export function signInErrorFor(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (!(error instanceof OAuthFailure)) return new AppError('INTERNAL', 'Sign-in failed unexpectedly. Try again.', { cause: error });
  switch (error.kind) {
    case 'invalid_grant':
      return new AppError('NEEDS_REAUTH', 'Google refused the sign-in code (it may have expired or been used). Sign in again.');
    case 'config':
      return new AppError('CONFIG_ERROR', `Google rejected this app's OAuth client: ${error.description}. Check the client configuration.`);
    case 'unavailable':
      return new AppError('UNAVAILABLE', 'Google could not finish the sign-in. Nothing was saved; sign in again to restart from the browser.');
    case 'timeout':
      return new AppError('TIMEOUT', 'Google took too long to finish the sign-in. Sign in again.');
    case 'offline':
      return new AppError('OFFLINE', 'You appear to be offline. Sign in again once connected.');
    case 'unexpected':
      return new AppError('UNEXPECTED_RESPONSE', 'Google sent an answer Quickmeet could not read. Sign in again.');
  }
}

/** Turns a failed refresh (other than `invalid_grant`, which ends the session) into a typed error; the session stays. */
export function refreshErrorFor(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (!(error instanceof OAuthFailure)) return new AppError('INTERNAL', 'Could not renew access to Google.', { cause: error });
  switch (error.kind) {
    case 'invalid_grant':
      return new AppError('NEEDS_REAUTH', 'Google refused the saved sign-in. Sign in again.');
    case 'config':
      return new AppError('CONFIG_ERROR', `Google rejected this app's OAuth client: ${error.description}.`);
    case 'unavailable':
      return new AppError('UNAVAILABLE', 'Google is having trouble renewing access. Try again in a moment.');
    case 'timeout':
      return new AppError('TIMEOUT', 'Google took too long to renew access. Try again.');
    case 'offline':
      return new AppError('OFFLINE', 'You appear to be offline.');
    case 'unexpected':
      return new AppError('UNEXPECTED_RESPONSE', 'Google sent an answer Quickmeet could not read while renewing access.');
  }
}
