import type { AppErrorInfo, ErrorCode } from '../../shared/ipc/result';

/** What the user can do about an error. `wait` shows a countdown before Try again. */
export type ErrorRemedy = 'retry' | 'wait' | 'signIn' | 'grantAccess' | 'fixInput' | 'reload' | 'none';

/** A clear sentence and a remedy for one error code. */
export interface ErrorGuidance {
  readonly title: string;
  readonly remedy: ErrorRemedy;
}

/** Every error code the contract can answer, mapped to words a user understands. */
const GUIDANCE: { readonly [C in ErrorCode]: ErrorGuidance } = {
  BAD_REQUEST: { title: 'Quickmeet could not use that input.', remedy: 'fixInput' },
  UNKNOWN_CHANNEL: { title: 'This window is out of date.', remedy: 'reload' },
  FORBIDDEN_SENDER: { title: 'This window is not allowed to do that.', remedy: 'reload' },
  RATE_LIMITED_LOCALLY: { title: 'Quickmeet is pacing requests to stay within Google’s limits.', remedy: 'wait' },
  NOT_SIGNED_IN: { title: 'Sign in with Google first.', remedy: 'signIn' },
  NEEDS_REAUTH: { title: 'Google needs you to sign in again.', remedy: 'signIn' },
  SCOPE_MISSING: { title: 'Quickmeet needs one more permission for this.', remedy: 'grantAccess' },
  PERMISSION_DENIED: { title: 'Google refused: your account may not do that here.', remedy: 'none' },
  NOT_OWNER: { title: 'Only the meeting’s owner can do that.', remedy: 'none' },
  NOT_FOUND: { title: 'That meeting could not be found.', remedy: 'fixInput' },
  INVALID_MEETING_CODE: { title: 'That is not a meeting code or a meeting link.', remedy: 'fixInput' },
  QUOTA_EXCEEDED: { title: 'Google’s limit for new meetings was reached.', remedy: 'wait' },
  UNAVAILABLE: { title: 'Google Meet is not answering right now.', remedy: 'retry' },
  OUTCOME_UNKNOWN: { title: 'The request was sent, but it may or may not have gone through.', remedy: 'retry' },
  OFFLINE: { title: 'You are offline.', remedy: 'retry' },
  TIMEOUT: { title: 'Google took too long to answer.', remedy: 'retry' },
  UNEXPECTED_RESPONSE: { title: 'Google sent an answer Quickmeet did not expect.', remedy: 'retry' },
  KEYCHAIN_UNAVAILABLE: { title: 'The system keychain is unavailable, so sign-in lasts this session only.', remedy: 'none' },
  CONFIG_ERROR: { title: 'The Google client configuration is not usable.', remedy: 'none' },
  CANCELLED: { title: 'Cancelled.', remedy: 'none' },
  BUSY: { title: 'Quickmeet is busy with the same request.', remedy: 'wait' },
  IO_ERROR: { title: 'Quickmeet could not read or write a file.', remedy: 'retry' },
  CLIPBOARD_UNAVAILABLE: { title: 'Your desktop did not let Quickmeet copy the link; use Copy link in the window.', remedy: 'none' },
  INTERNAL: { title: 'Something went wrong inside Quickmeet.', remedy: 'retry' },
  DISCONNECTED: { title: 'This window lost its connection to Quickmeet (Google is not the problem).', remedy: 'reload' },
};

/** The guidance for an error; its own message adds the detail below the title. */
export const guidanceFor = (error: AppErrorInfo): ErrorGuidance => GUIDANCE[error.code] ?? GUIDANCE.INTERNAL;
