import { useEffect, useId, useState } from 'react';
import type { AuthState } from '../../../shared/model/auth-state';
import { CLOUD_PROJECT_ID } from '../../../shared/model/input-limits';
import type { PushStatus } from '../../../shared/model/push-status';
import type { Settings } from '../../../shared/model/settings';
import { quickmeet } from '../../api/quickmeet';
import { useAction } from '../../api/use-action';
import { useRemoteState } from '../../api/use-remote-state';
import { ErrorCallout } from '../../components/error-callout';
import { FieldError } from '../../components/field-error';
import { PushStatusLine } from './push-status-line';

export interface InstantUpdatesSectionProps {
  readonly settings: Settings;
  readonly auth: AuthState | undefined;
}

/**
 * "Instant updates (your Google Cloud project)": the project of the OAuth client, the switch (which
 * asks Google for the Pub/Sub permission the first time), and the status line with "Try again".
 */
export function InstantUpdatesSection({ settings, auth }: InstantUpdatesSectionProps) {
  const id = useId();
  const status = useRemoteState<PushStatus>(
    () => quickmeet().push.getStatus({}),
    (apply) => quickmeet().on('push.changed', apply),
  );
  const [project, setProject] = useState(settings.pushProject);
  const [problem, setProblem] = useState<string>();
  useEffect(() => setProject(settings.pushProject), [settings.pushProject]);
  const enable = useAction((chosen: string) => quickmeet().push.enable({ project: chosen }));
  const disable = useAction(() => quickmeet().push.disable({}));
  const retry = useAction(() => quickmeet().push.retry({}));
  const signedIn = auth?.status === 'signedIn';
  const busy = enable.pending || disable.pending;
  const current = status.value;

  const turn = async (on: boolean) => {
    if (!on) return void (await disable.run());
    const chosen = project.trim();
    if (!CLOUD_PROJECT_ID.test(chosen)) {
      return setProblem('Enter the project id of Quickmeet’s OAuth client: 6–30 lower-case letters, digits or hyphens, starting with a letter.');
    }
    setProblem(undefined);
    const result = await enable.run(chosen);
    if (result?.ok) status.set(result.value);
  };
  const stopped = current?.state === 'failed' || current?.state === 'suspended';
  return (
    <fieldset className="settings-group" aria-describedby={`${id}-status`}>
      <legend>Instant updates (your Google Cloud project)</legend>
      <p className="muted small-text">
        Google sends Meet events to a Pub/Sub topic in your own project, so joins and recordings show at once and Quickmeet
        polls only once a minute. Needs the Cloud Pub/Sub and Google Workspace Events APIs enabled there.
      </p>
      <label className="field" htmlFor={`${id}-project`}>
        <span>Project id</span>
      </label>
      <input
        id={`${id}-project`}
        value={project}
        maxLength={30}
        placeholder="my-quickmeet-project"
        spellCheck={false}
        disabled={settings.pushEnabled || busy}
        aria-invalid={problem ? true : undefined}
        aria-describedby={`${id}-project-error`}
        onChange={(event) => (setProject(event.target.value), setProblem(undefined))}
      />
      <FieldError id={`${id}-project-error`} message={problem} />
      <label className="toggle">
        <input
          type="checkbox"
          role="switch"
          checked={busy ? enable.pending : settings.pushEnabled}
          disabled={!signedIn || busy}
          onChange={(event) => void turn(event.target.checked)}
        />
        <span>Instant updates</span>
      </label>
      {!signedIn && <p className="muted">Sign in first.</p>}
      {enable.pending && <p className="muted">Finish in your browser if it asks for Pub/Sub access…</p>}
      {current && <PushStatusLine status={current} id={`${id}-status`} />}
      {stopped && settings.pushEnabled && (
        <button type="button" className="small" disabled={retry.pending} onClick={() => void retry.run()}>
          Try again
        </button>
      )}
      {(enable.error ?? disable.error ?? retry.error) && (
        <ErrorCallout error={(enable.error ?? disable.error ?? retry.error)!} onDismiss={() => (enable.clearError(), disable.clearError(), retry.clearError())} />
      )}
    </fieldset>
  );
}
