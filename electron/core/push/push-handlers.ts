import type { HandlersFor } from '../../../shared/ipc/handlers';
import type { PushStatus } from '../../../shared/model/push-status';
import type { AuthService } from '../auth/auth-service';
import type { SettingsStore } from '../settings/settings-store';

type PushChannel = 'push.getStatus' | 'push.enable' | 'push.disable' | 'push.retry';

/** What the handlers reach: the sign-in (for consent), the settings, and the feature's reconcile and status. */
export interface PushHandlerDeps {
  readonly auth: Pick<AuthService, 'state' | 'requestCapability'>;
  readonly settings: Pick<SettingsStore, 'update'>;
  readonly reconcile: () => Promise<void>;
  readonly status: () => PushStatus;
}

/**
 * The settings switch: `enable` asks for the Pub/Sub permission (incremental consent) when missing,
 * saves the choice and waits for the setup; `disable` saves and waits for the clean-up.
 */
export function createPushHandlers(deps: PushHandlerDeps): HandlersFor<PushChannel> {
  return {
    'push.getStatus': async () => deps.status(),
    'push.enable': async ({ project }) => {
      const state = deps.auth.state();
      if (state.status === 'signedIn' && !state.capabilities.includes('pushEvents')) await deps.auth.requestCapability('pushEvents');
      await deps.settings.update({ pushEnabled: true, pushProject: project });
      await deps.reconcile();
      return deps.status();
    },
    'push.disable': async () => {
      await deps.settings.update({ pushEnabled: false });
      await deps.reconcile();
      return deps.status();
    },
    'push.retry': async () => (await deps.reconcile(), deps.status()),
  };
}
