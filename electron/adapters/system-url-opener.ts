import { spawn } from 'node:child_process';
import { AppError } from '../../shared/ipc/result';
import { isOpenableUrl, type OpenableUrlOptions } from '../../shared/links/external-url-policy';
import type { UrlOpener } from '../core/ports/url-opener';

/** A desktop opener and its arguments. */
export interface OpenerCommand {
  readonly command: string;
  readonly args: ReadonlyArray<string>;
  /** The command's exit status does not say whether it worked (explorer.exe exits 1 after opening a window). */
  readonly exitStatusMeansNothing?: boolean;
}

/**
 * The desktop's opener for `url`. On Windows it is rundll32's URL handler rather than
 * `cmd /c start`, because cmd would split the sign-in URL at every `&` and run the rest as commands.
 */
export function openerCommand(url: string, platform: NodeJS.Platform): OpenerCommand {
  if (platform === 'darwin') return { command: 'open', args: [url] };
  if (platform === 'win32') return { command: 'rundll32', args: ['url.dll,FileProtocolHandler', url] };
  return { command: 'xdg-open', args: [url] };
}

/** Starts the opener; resolves once it has handed the URL on, rejects when it could not. */
export type Launcher = (opener: OpenerCommand) => Promise<void>;

/**
 * Opens URLs with the desktop's opener (xdg-open, open, rundll32). It re-checks the allow-list
 * whatever the caller already checked, so a bug elsewhere cannot hand an arbitrary URL to the OS.
 */
export class SystemUrlOpener implements UrlOpener {
  constructor(
    private readonly options: OpenableUrlOptions = {},
    private readonly platform: NodeJS.Platform = process.platform,
    private readonly launch: Launcher = launchOpener,
  ) {}

  async open(url: string): Promise<void> {
    if (!isOpenableUrl(url, this.options)) throw new AppError('BAD_REQUEST', 'Quickmeet only opens Google Meet and Google sign-in links.');
    await this.launch(openerCommand(new URL(url).href, this.platform));
  }
}

/**
 * How long an opener that is still running counts as having worked. Openers normally hand the URL to
 * the browser and exit at once; xdg-open's generic mode (no desktop session, `$BROWSER` set) runs the
 * browser in the foreground instead, so a running opener is a started browser, not a hang.
 */
const OPENER_RUNNING_MS = 3_000;

/**
 * Runs a desktop opener detached. Resolves when it exits with 0 or is still running after
 * `runningMs`; rejects when it cannot start or exits with another status: xdg-open exits 3 when no
 * method is available (no desktop, no browser), and reporting that as "opened" would leave a person
 * waiting for a page that never shows.
 */
export function launchOpener({ command, args, exitStatusMeansNothing }: OpenerCommand, runningMs = OPENER_RUNNING_MS): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    // An array of arguments, never a shell string: the URL cannot inject a command.
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(running);
      child.unref();
      outcome();
    };
    const running = setTimeout(() => settle(resolve), runningMs);
    child.on('error', (error) => settle(() => reject(new Error(`Could not start ${command}: ${error.message}`))));
    child.on('exit', (code, signal) =>
      settle(() => (code === 0 || exitStatusMeansNothing ? resolve() : reject(new Error(`${command} failed (${signal ?? `exit status ${code}`})`)))),
    );
  });
}
