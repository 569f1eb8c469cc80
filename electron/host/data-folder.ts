import { join } from 'node:path';
import { resolveAppDataDir } from '../adapters/app-data-dir';
import { loadOAuthClientConfig, type OAuthClientConfig } from '../adapters/oauth-client-config';

/** The sub-folder of the app-data root where demo mode keeps its data, away from a real account's. */
export const DEMO_FOLDER = 'demo';

/** Where a host keeps its data, and which Google client it talks to: one decision, the same in every host. */
export interface DataFolder {
  /** The folder for settings, the meeting registry, caches, logs and the demo's Google state. */
  readonly dir: string;
  /** The app-data root the decision started from (where `oauth-client.json` is looked for). */
  readonly root: string;
  readonly client: OAuthClientConfig;
}

export interface DataFolderOptions {
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** A folder chosen by the caller (tests, `quickmeet --demo`'s temporary one): the data folder in either mode. */
  readonly home?: string;
  /** The platform's app-data root when the host knows it (Electron's `userData`); `resolveAppDataDir()` otherwise. */
  readonly appDataRoot?: string;
  /** Demo mode even when a Google client is configured (tests, `--demo`). */
  readonly forceDemo?: boolean;
}

/**
 * The one rule every host (app, preview, CLI, `npm run demo`) follows. A folder given by the caller or by
 * `QUICKMEET_HOME` is used as it is. Otherwise the data lives in the app-data root when a Google client is
 * configured there or in the environment, and in `<root>/demo` when none is (demo mode), so a demo never
 * mixes with a real account's meetings and every host finds the same demo.
 */
export async function resolveDataFolder(options: DataFolderOptions = {}): Promise<DataFolder> {
  const env = options.env ?? process.env;
  const pinned = options.home ?? (env['QUICKMEET_HOME']?.trim() || undefined);
  const root = pinned ?? options.appDataRoot ?? resolveAppDataDir({ env });
  const client: OAuthClientConfig = options.forceDemo ? { mode: 'demo' } : await loadOAuthClientConfig({ env, appDataDir: root });
  const dir = pinned ?? (client.mode === 'demo' ? join(root, DEMO_FOLDER) : root);
  return { dir, root, client };
}
