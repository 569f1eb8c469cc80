import { AppError } from '../../../shared/ipc/result';
import type { PushStatus } from '../../../shared/model/push-status';
import type { PushRecord } from './push-record';
import { suspensionFix } from './suspension-text';

/** Failures worth retrying on their own after a backoff (nothing the person must fix). */
export const TRANSIENT_CODES: ReadonlySet<string> = new Set(['UNAVAILABLE', 'TIMEOUT', 'OFFLINE', 'QUOTA_EXCEEDED', 'OUTCOME_UNKNOWN']);

const ENABLE_APIS = 'Enable the Cloud Pub/Sub API and the Google Workspace Events API in that project (APIs & Services → Library), then choose Try again.';

/** A failed setup step in words, with what to do about it. */
export function setupFailure(step: string, project: string, error: unknown): Extract<PushStatus, { state: 'failed' }> {
  const code = error instanceof AppError ? error.code : 'INTERNAL';
  const said = error instanceof Error ? error.message : 'unknown failure';
  const message = `Could not ${step} in project ${project}: ${said}`.slice(0, 500);
  switch (code) {
    case 'CONFIG_ERROR':
      return { state: 'failed', message, fix: ENABLE_APIS };
    case 'PERMISSION_DENIED':
      return {
        state: 'failed',
        message,
        fix: 'Check that this is the project of Quickmeet’s OAuth client and that your account may manage Pub/Sub there (for example the Pub/Sub Admin role), then choose Try again.',
      };
    case 'NOT_FOUND':
      return { state: 'failed', message, fix: 'Check the project id (Google Cloud console → project picker), then turn instant updates on again.' };
    case 'SCOPE_MISSING':
    case 'NEEDS_REAUTH':
    case 'NOT_SIGNED_IN':
      return { state: 'failed', message: said.slice(0, 500), fix: 'Turn instant updates off and on again to grant the permission.' };
    default:
      return TRANSIENT_CODES.has(code)
        ? { state: 'failed', message, fix: 'Quickmeet tries again by itself; until then it polls at the usual pace.' }
        : { state: 'failed', message, fix: 'Choose Try again; if it keeps failing, turn instant updates off.' };
  }
}

/** Pulls failing after a good setup: polling is back at its usual pace while the loop retries. */
export function deliveryFailure(error: unknown): Extract<PushStatus, { state: 'failed' }> {
  const said = error instanceof Error ? error.message : 'unknown failure';
  return { state: 'failed', message: `Events are not arriving: ${said}`.slice(0, 500), fix: 'Quickmeet keeps trying and polls at the usual pace meanwhile.' };
}

/** Where setting up stands; `ready` is refined by suspensions, delivery failures and renewals. */
export type PushPhase =
  | { readonly kind: 'off' }
  | { readonly kind: 'settingUp'; readonly step: string }
  | { readonly kind: 'ready'; readonly target: 'user' | 'spaces' }
  | { readonly kind: 'failed'; readonly status: PushStatus };

/** What the status line says, from the feature's state: a suspension first, then delivery, then renewal. */
export function statusOf(state: {
  readonly phase: PushPhase;
  readonly suspended: ReadonlyMap<string, string>;
  readonly deliveryError: unknown;
  readonly renewing: number;
  readonly record: PushRecord | undefined;
}): PushStatus {
  const { phase, record } = state;
  switch (phase.kind) {
    case 'off':
      return { state: 'off' };
    case 'settingUp':
      return { state: 'settingUp', step: phase.step };
    case 'failed':
      return phase.status;
    case 'ready': {
      const [reason] = state.suspended.values();
      if (reason !== undefined) return { state: 'suspended', reason, fix: suspensionFix(reason) };
      if (state.deliveryError !== undefined) return deliveryFailure(state.deliveryError);
      if (state.renewing > 0) return { state: 'renewing' };
      const expiries = (record?.subscriptions ?? []).map((s) => s.expireTime).filter((t): t is string => t !== undefined).sort();
      return { state: 'healthy', target: phase.target, subscriptions: record?.subscriptions.length ?? 0, ...(expiries[0] ? { expireTime: expiries[0] } : {}) };
    }
  }
}
