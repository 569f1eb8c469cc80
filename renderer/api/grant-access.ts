import type { AppErrorInfo, Result } from '../../shared/ipc/result';
import type { AuthState, Capability } from '../../shared/model/auth-state';
import { quickmeet } from './quickmeet';

// Checked in this order when an error does not name its capability: such errors come from reading
// conferences in meetings Quickmeet did not create, so that permission is the likelier one.
const CAPABILITIES: ReadonlyArray<Capability> = ['readAllConferences', 'createSpaces'];

/** The capability a SCOPE_MISSING error lacks: the one it names, else the first one `state` does not hold. */
export function missingCapability(error: AppErrorInfo, state: AuthState | undefined): Capability | undefined {
  if (error.capability) return error.capability;
  if (state?.status !== 'signedIn') return undefined;
  return CAPABILITIES.find((capability) => !state.capabilities.includes(capability));
}

/**
 * Asks for the permission `error` lacks through incremental consent (the browser opens for that one
 * scope). Falls back to signing in when no capability can be told, e.g. after the session ended.
 */
export async function grantMissingAccess(error: AppErrorInfo): Promise<Result<AuthState>> {
  const current = error.capability ? undefined : await quickmeet().auth.getState();
  const capability = missingCapability(error, current?.ok ? current.value : undefined);
  return capability ? quickmeet().auth.requestCapability({ capability }) : quickmeet().auth.signIn();
}
