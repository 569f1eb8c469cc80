import { useState } from 'react';
import type { AppErrorInfo } from '../../shared/ipc/result';
import { guidanceFor } from '../api/error-guidance';
import { quickmeet } from '../api/quickmeet';
import { useAction } from '../api/use-action';
import { grantMissingAccess } from '../api/grant-access';
import { useCountdown } from './use-countdown';

export interface ErrorCalloutProps {
  readonly error: AppErrorInfo;
  /** Offered as "Try again" when the error is one a retry can fix. */
  readonly onRetry?: () => void;
  readonly onDismiss?: () => void;
}

/** An error as a sentence, Google's detail, and the one action that helps (retry, wait, sign in, grant access). */
export function ErrorCallout({ error, onRetry, onDismiss }: ErrorCalloutProps) {
  const guidance = guidanceFor(error);
  const remedy = useAction(() => (guidance.remedy === 'grantAccess' ? grantMissingAccess(error) : quickmeet().auth.signIn()));
  const wait = useCountdown(error.retryAfterSeconds, error);
  // Once signing in or granting access worked, this error is no longer true: it leaves.
  const [remediedFor, setRemediedFor] = useState<AppErrorInfo>();
  // One countdown only: the live one below replaces a fixed "Try again in N s." in the message.
  const detail = error.retryAfterSeconds === undefined ? error.message : error.message.replace(/\s*Try again in \d+ s\.?$/, '');
  const canRetry = onRetry && (guidance.remedy === 'retry' || guidance.remedy === 'wait');
  const runRemedy = async () => {
    const result = await remedy.run();
    if (!result?.ok) return;
    setRemediedFor(error);
    onDismiss?.();
  };
  // A lost connection is said once, by the window's notice (shared/model/connection-notice.ts), not by every request it failed.
  if (remediedFor === error || error.code === 'DISCONNECTED') return null;
  return (
    <div className="callout callout-error" role="alert" data-error-code={error.code}>
      <p className="callout-title">{guidance.title}</p>
      {detail && detail !== guidance.title && <p className="callout-detail">{detail}</p>}
      <div className="callout-actions">
        {wait > 0 && <span className="callout-wait">Try again in {wait} s</span>}
        {canRetry && (
          <button type="button" onClick={onRetry} disabled={wait > 0}>
            Try again
          </button>
        )}
        {(guidance.remedy === 'signIn' || guidance.remedy === 'grantAccess') && (
          <button type="button" onClick={() => void runRemedy()} disabled={remedy.pending}>
            {guidance.remedy === 'grantAccess' ? 'Grant access' : error.code === 'NEEDS_REAUTH' ? 'Sign in again' : 'Sign in'}
          </button>
        )}
        {guidance.remedy === 'reload' && (
          <button type="button" onClick={() => location.reload()}>
            Reload
          </button>
        )}
        {onDismiss && (
          <button type="button" className="quiet" onClick={onDismiss}>
            Dismiss
          </button>
        )}
      </div>
      {remedy.error && <p className="callout-detail">{remedy.error.message}</p>}
    </div>
  );
}
