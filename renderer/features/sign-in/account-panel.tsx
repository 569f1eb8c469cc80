import type { AuthState } from '../../../shared/model/auth-state';
import { useId, useState } from 'react';
import { quickmeet } from '../../api/quickmeet';
import { useAction } from '../../api/use-action';
import type { RemoteState } from '../../api/use-remote-state';
import { ErrorCallout } from '../../components/error-callout';
import { Spinner } from '../../components/spinner';
import { REAUTH_REASONS } from './reauth-reasons';

export interface AccountPanelProps {
  readonly auth: RemoteState<AuthState>;
  readonly demoMode: boolean;
}

/** The account line: who is signed in, or the one action that gets the user signed in. */
export function AccountPanel({ auth, demoMode }: AccountPanelProps) {
  const signIn = useAction(() => quickmeet().auth.signIn());
  const cancel = useAction(() => quickmeet().auth.cancelSignIn());
  const signOut = useAction(() => quickmeet().auth.signOut());
  const state = auth.value;
  const error = signIn.error ?? signOut.error ?? cancel.error ?? (state ? undefined : auth.error);

  return (
    <section className="account" aria-label="Account" data-auth-status={state?.status ?? 'unknown'}>
      {demoMode && (
        <span className="badge badge-demo" title="Quickmeet is using its built-in Google emulator; no real meetings are created.">
          Demo mode
        </span>
      )}
      <div className="account-row">
        <AccountSummary state={state} loading={auth.loading} />
        <div className="account-actions">
          {(state?.status === 'signedOut' || state?.status === 'needsReauth') && (
            <button type="button" className="primary small" onClick={() => void signIn.run()} disabled={signIn.pending}>
              {state.status === 'needsReauth' ? 'Sign in again' : 'Sign in with Google'}
            </button>
          )}
          {state?.status === 'waitingForBrowser' && (
            <button type="button" className="small" onClick={() => void cancel.run()} disabled={cancel.pending}>
              Cancel
            </button>
          )}
          {state?.status === 'signedIn' && (
            <button type="button" className="quiet small" onClick={() => void signOut.run()} disabled={signOut.pending}>
              Sign out
            </button>
          )}
        </div>
      </div>
      {error && <ErrorCallout error={error} onRetry={auth.reload} />}
    </section>
  );
}

function AccountSummary({ state, loading }: { readonly state: AuthState | undefined; readonly loading: boolean }) {
  if (!state) return <p className="account-text muted">{loading ? 'Checking sign-in…' : 'Sign-in state unknown'}</p>;
  switch (state.status) {
    case 'signedOut':
      return (
        <p className="account-text">
          <span>
            Not signed in
            {state.lastError && <span className="account-detail">{state.lastError}</span>}
          </span>
        </p>
      );
    case 'waitingForBrowser':
      return (
        <div className="account-text account-waiting">
          <p role="status">
            <Spinner /> Finish signing in with your browser…
          </p>
          {state.signInUrl && <SignInLink url={state.signInUrl} />}
        </div>
      );
    case 'signedIn':
      return (
        <p className="account-text">
          <span className="avatar" aria-hidden="true">
            {(state.name ?? state.email).charAt(0).toUpperCase()}
          </span>
          <span>
            Signed in as <strong>{state.name ?? state.email}</strong>
            <span className="account-detail">
              {state.name && state.email}
              {!state.persisted && (
                <span className="badge badge-session" title="The system keychain is unavailable, so this sign-in lasts until Quickmeet quits.">
                  Session only
                </span>
              )}
            </span>
          </span>
        </p>
      );
    case 'needsReauth':
      return (
        <p className="account-text">
          <span>
            Sign in again as <strong>{state.email}</strong>
            <span className="account-detail">{REAUTH_REASONS[state.reason]}</span>
          </span>
        </p>
      );
  }
}

/** The consent page's address, for when no browser window opened: select it or copy it, then open it by hand. */
function SignInLink({ url }: { readonly url: string }) {
  const [copied, setCopied] = useState(false);
  const id = useId();
  const copy = async () => setCopied(await navigator.clipboard.writeText(url).then(() => true, () => false));
  return (
    <details className="sign-in-link">
      <summary>No browser window?</summary>
      <label htmlFor={id}>Open this address in a browser on this computer:</label>
      <div className="inline-form">
        <input id={id} readOnly value={url} className="mono" onFocus={(event) => event.target.select()} />
        <button type="button" className="small" onClick={() => void copy()}>
          {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
    </details>
  );
}
