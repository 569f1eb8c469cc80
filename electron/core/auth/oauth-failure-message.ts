import { AppError } from '../../../shared/ipc/result';
import { REAUTH_REASON_TEXT } from '../../../shared/model/reauth-reason-text';
import { OAuthFailure } from '../ports/oauth-client';
import { reauthReasonFor } from './reauth-reason';

/**
 * Google's token-endpoint texts about the client itself, with every cause each can mean. "Unauthorized"
 * comes both for a secret that does not match the client ID (`invalid_client`) and for a refresh token
 * issued to another client (`unauthorized_client`, after the client file changed).
 */
function clientProblemFor(description: string): string {
  if (/^unauthorized$/i.test(description.trim())) {
    return 'Google refused this app’s OAuth client (“Unauthorized”): either the client secret does not belong to the client ID, or the saved sign-in was made with a different OAuth client. Check the client file, then sign in again.';
  }
  if (/not found|deleted/i.test(description)) {
    return 'Google does not know this app’s OAuth client ID: it is mistyped, or the client was deleted in Google Cloud Console. Check the client file.';
  }
  return `Google rejected this app's OAuth client: ${description}. Check the client configuration.`;
}

/** Turns a token-endpoint failure during sign-in into the error the window shows; every one restarts from the browser. */
export function signInErrorFor(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (!(error instanceof OAuthFailure)) return new AppError('INTERNAL', 'Sign-in failed unexpectedly. Try again.', { cause: error });
  switch (error.kind) {
    case 'invalid_grant':
      return new AppError('NEEDS_REAUTH', 'Google refused the sign-in code (it may have expired or been used). Sign in again.');
    case 'config':
      return new AppError('CONFIG_ERROR', clientProblemFor(error.description));
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
      return new AppError('NEEDS_REAUTH', `${REAUTH_REASON_TEXT[reauthReasonFor(error.description)]} Sign in again.`);
    case 'config':
      return new AppError('CONFIG_ERROR', clientProblemFor(error.description));
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
