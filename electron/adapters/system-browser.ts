import { spawn } from 'node:child_process';
import type { ExternalBrowser } from '../core/ports/external-browser';

/** Opens URLs with the desktop's opener (xdg-open, open, start); callers allow-list the URL first. */
export class SystemBrowser implements ExternalBrowser {
  async open(url: string): Promise<void> {
    const [command, args] =
      process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
    await new Promise<void>((resolve, reject) => {
      // An array of arguments, never a shell string: the URL cannot inject a command.
      const child = spawn(command as string, args as string[], { stdio: 'ignore', detached: true });
      child.on('error', (error) => reject(new Error(`Could not start ${command}: ${error.message}`)));
      child.on('spawn', () => {
        child.unref();
        resolve();
      });
    });
  }
}
