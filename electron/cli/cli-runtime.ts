import type { InProcessApi } from '../../shared/ipc/quickmeet-api';
import type { AuthState } from '../../shared/model/auth-state';
import type { MeetingsFeature } from '../core/meetings/meetings-feature';
import type { MeetingSettingsSource } from '../core/meetings/meeting-settings';
import type { SystemClipboard } from '../adapters/system-clipboard';
import type { PushFeature } from '../core/push/push-feature';

/** What a CLI command runs against: the meetings feature, sign-in state and the clipboard. */
export interface CliRuntime {
  /** The contract, as the window calls it: validated requests under the CLI's sender id. */
  readonly api: InProcessApi;
  readonly meetings: MeetingsFeature;
  readonly settings: MeetingSettingsSource;
  readonly clipboard: SystemClipboard;
  /** Meet events from the app's instant-updates topic (`quickmeet events`). */
  readonly events: PushFeature['tail'];
  /** Where requests go, for `status` (e.g. "demo emulator at http://127.0.0.1:1234"). */
  readonly target: string;
  /** The data folder this run reads and writes, for `status`. */
  readonly dataDir: string;
  authState(): AuthState;
  signIn(): Promise<AuthState>;
  signOut(): Promise<void>;
  close(): Promise<void>;
}
