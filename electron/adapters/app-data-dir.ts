import { homedir } from 'node:os';
import { posix, win32 } from 'node:path';

/** The folder name under the platform's app-data root (Electron's `userData` uses the product name too). */
export const APP_FOLDER = 'Quickmeet';

/** What decides the folder; defaults to the running process. */
export interface AppDataEnvironment {
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly platform?: NodeJS.Platform;
  readonly home?: string;
}

/**
 * Where settings, caches and logs live: `QUICKMEET_HOME` if set (tests, scripts), else
 * `%APPDATA%\Quickmeet` on Windows, `~/Library/Application Support/Quickmeet` on macOS, and
 * `$XDG_CONFIG_HOME/Quickmeet` (default `~/.config/Quickmeet`) elsewhere — the same folder as Electron's `userData`.
 */
export function resolveAppDataDir(environment: AppDataEnvironment = {}): string {
  const env = environment.env ?? process.env;
  const platform = environment.platform ?? process.platform;
  const home = environment.home ?? homedir();
  const override = env['QUICKMEET_HOME']?.trim();
  if (override) return override;
  if (platform === 'win32') return win32.join(env['APPDATA'] || win32.join(home, 'AppData', 'Roaming'), APP_FOLDER);
  const { join } = posix;
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_FOLDER);
  const xdg = env['XDG_CONFIG_HOME']?.trim();
  return join(xdg && xdg.startsWith('/') ? xdg : join(home, '.config'), APP_FOLDER);
}
