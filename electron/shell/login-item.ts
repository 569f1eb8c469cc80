import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PlatformPolicy } from './platform-policy';

export interface LoginItemDeps {
  readonly policy: PlatformPolicy['loginItem'];
  /** `app.setLoginItemSettings` (macOS, Windows). */
  readonly setLoginItemSettings: (settings: { openAtLogin: boolean }) => void;
  /** `$XDG_CONFIG_HOME/autostart` (Linux). */
  readonly autostartDir: string;
  /** The file name of the autostart entry: the app id, as the desktop file the installer adds. */
  readonly desktopId: string;
  /** What the entry runs: the AppImage or the executable, then its arguments. */
  readonly command: ReadonlyArray<string>;
}

/** "Open at login", applied whenever the setting changes (off by default). */
export interface LoginItem {
  apply(openAtLogin: boolean): Promise<void>;
}

// Desktop Entry Specification, "The Exec key": quote arguments holding reserved characters, and escape
// `"`, `` ` ``, `$` and `\` inside quotes; a literal `%` is written `%%`.
const quoteExecArgument = (arg: string): string => {
  const escaped = arg.replace(/%/g, '%%');
  return /^[\w/.,:=+@%-]+$/.test(escaped) ? escaped : `"${escaped.replace(/(["`$\\])/g, '\\$1')}"`;
};

/** The XDG autostart entry that starts Quickmeet at login. */
export function autostartEntry(command: ReadonlyArray<string>): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Quickmeet',
    'Comment=Google Meet in one click from the system tray',
    `Exec=${command.map(quoteExecArgument).join(' ')}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/** Turns opening at login on or off: the OS login items on macOS and Windows, an XDG autostart entry on Linux. */
export function createLoginItem(deps: LoginItemDeps): LoginItem {
  const entryPath = join(deps.autostartDir, `${deps.desktopId}.desktop`);
  return {
    async apply(openAtLogin) {
      if (deps.policy === 'login-item-settings') return deps.setLoginItemSettings({ openAtLogin });
      if (!openAtLogin) return rm(entryPath, { force: true });
      await mkdir(deps.autostartDir, { recursive: true });
      await writeFile(entryPath, autostartEntry(deps.command), 'utf8');
    },
  };
}
