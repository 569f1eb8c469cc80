import { useId } from 'react';
import type { AuthState } from '../../../shared/model/auth-state';
import { quickmeet } from '../../api/quickmeet';
import { useAction } from '../../api/use-action';
import type { RemoteState } from '../../api/use-remote-state';
import { ErrorCallout } from '../../components/error-callout';

/** Optional Google permissions, asked for one at a time (incremental consent) and shown as granted or not. */
export function PermissionsSection({ auth }: { readonly auth: RemoteState<AuthState> }) {
  const detailId = useId();
  const grant = useAction(() => quickmeet().auth.requestCapability({ capability: 'readAllConferences' }));
  const state = auth.value;
  const signedIn = state?.status === 'signedIn';
  const granted = signedIn && state.capabilities.includes('readAllConferences');
  const detail = !signedIn
    ? 'Sign in first.'
    : granted
      ? 'Granted: read-only access to your Meet conferences. Quickmeet never changes those meetings.'
      : grant.pending
        ? 'Finish in your browser…'
        : 'Asks Google for read-only access to your Meet conferences.';

  const request = async () => {
    const result = await grant.run();
    if (result?.ok) auth.set(result.value);
  };
  return (
    <fieldset className="settings-group">
      <legend>Permissions</legend>
      <label className="toggle">
        <input
          type="checkbox"
          role="switch"
          aria-describedby={detailId}
          checked={granted || grant.pending}
          // Google offers no way to give back one scope: once granted, it stays until sign-out.
          disabled={!signedIn || granted || grant.pending}
          onChange={(event) => event.target.checked && void request()}
        />
        <span>Show meetings Quickmeet did not create</span>
      </label>
      <p id={detailId} className="muted" data-granted={granted}>
        {detail}
      </p>
      {grant.error && <ErrorCallout error={grant.error} onDismiss={grant.clearError} />}
    </fieldset>
  );
}
