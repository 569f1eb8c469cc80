import { AppError } from '../../shared/ipc/result';
import type { CliRuntime } from './cli-runtime';

/**
 * The runtime for a real Google account: the app's keychain entry, settings file and OAuth client.
 * The CLI does not yet compose the sign-in service, so it refuses clearly instead of guessing.
 */
export async function startAccountRuntime(): Promise<CliRuntime> {
  throw new AppError('NOT_SIGNED_IN', 'Signing in from the command line is not available in this build yet; use the tray app, or --demo.');
}
