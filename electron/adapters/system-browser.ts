import { spawn } from 'node:child_process';
import { AppError } from '../../shared/ipc/result';
import { isOpenableUrl, type OpenableUrlOptions } from '../../shared/links/external-url-policy';
import type { ExternalBrowser } from '../core/ports/external-browser';

/** A desktop opener and its arguments. */
export interface OpenerCommand {
  readonly command: string;
  readonly args: ReadonlyArray<string>;
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

/** Starts a detached process; resolves once it runs. */
export type Launcher = (opener: OpenerCommand) => Promise<void>;

/**
 * Opens URLs with the desktop's opener (xdg-open, open, rundll32). It re-checks the allow-list
 * whatever the caller already checked, so a bug elsewhere cannot hand an arbitrary URL to the OS.
 */
export class SystemBrowser implements ExternalBrowser {
  constructor(
    private readonly options: OpenableUrlOptions = {},
    private readonly platform: NodeJS.Platform = process.platform,
    private readonly launch: Launcher = launchDetached,
  ) {}

  async open(url: string): Promise<void> {
    if (!isOpenableUrl(url, this.options)) throw new AppError('BAD_REQUEST', 'Quickmeet only opens Google Meet and Google sign-in links.');
    await this.launch(openerCommand(new URL(url).href, this.platform));
  }
}

function launchDetached({ command, args }: OpenerCommand): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    // An array of arguments, never a shell string: the URL cannot inject a command.
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', (error) => reject(new Error(`Could not start ${command}: ${error.message}`)));
    child.on('spawn', () => {
      child.unref();
      resolve();
    });
  });
}
