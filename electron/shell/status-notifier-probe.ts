import { execFile } from 'node:child_process';

/** Runs a program and resolves with its stdout; rejects when it fails or is missing. */
export type RunProgram = (file: string, args: ReadonlyArray<string>, timeoutMs: number) => Promise<string>;

const runProgram: RunProgram = (file, args, timeoutMs) =>
  new Promise((resolve, reject) => {
    execFile(file, [...args], { timeout: timeoutMs, encoding: 'utf8' }, (error, stdout) =>
      error ? reject(error) : resolve(stdout),
    );
  });

/** The bus name a StatusNotifierItem host owns while it can show tray icons. */
export const STATUS_NOTIFIER_WATCHER = 'org.kde.StatusNotifierWatcher';

// Two common command-line clients of the session bus; either answers NameHasOwner.
const QUERIES: ReadonlyArray<{
  readonly file: string;
  readonly args: ReadonlyArray<string>;
  readonly yes: RegExp;
  readonly no: RegExp;
}> = [
  {
    file: 'dbus-send',
    args: [
      '--session',
      '--print-reply',
      '--dest=org.freedesktop.DBus',
      '/org/freedesktop/DBus',
      'org.freedesktop.DBus.NameHasOwner',
      `string:${STATUS_NOTIFIER_WATCHER}`,
    ],
    yes: /boolean true/,
    no: /boolean false/,
  },
  {
    file: 'gdbus',
    args: [
      'call',
      '--session',
      '--dest',
      'org.freedesktop.DBus',
      '--object-path',
      '/org/freedesktop/DBus',
      '--method',
      'org.freedesktop.DBus.NameHasOwner',
      STATUS_NOTIFIER_WATCHER,
    ],
    yes: /\(true,?\)/,
    no: /\(false,?\)/,
  },
];

/**
 * Asks the session bus whether a StatusNotifier host is running: true or false, or undefined when no
 * client could ask (no bus, no tools). Reading XDG_CURRENT_DESKTOP alone misses GNOME with the
 * AppIndicator extension installed by hand, and desktops that report GNOME but have no tray.
 */
export async function probeStatusNotifierWatcher(
  run: RunProgram = runProgram,
  timeoutMs = 1500,
): Promise<boolean | undefined> {
  for (const query of QUERIES) {
    try {
      const out = await run(query.file, query.args, timeoutMs);
      if (query.yes.test(out)) return true;
      if (query.no.test(out)) return false;
    } catch {
      // Missing tool or no bus: try the next client.
    }
  }
  return undefined;
}
