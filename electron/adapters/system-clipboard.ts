import { spawn } from 'node:child_process';
import type { Clipboard } from '../core/ports/clipboard';

/** A clipboard command and its arguments. */
interface ClipboardCommand {
  readonly command: string;
  readonly args: ReadonlyArray<string>;
}

/** The clipboard tool for this platform and session, if any: pbcopy, clip, wl-copy or xclip. */
function clipboardCommands(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): ReadonlyArray<ClipboardCommand> {
  if (platform === 'darwin') return [{ command: 'pbcopy', args: [] }];
  if (platform === 'win32') return [{ command: 'clip', args: [] }];
  const commands: ClipboardCommand[] = [];
  if (env.WAYLAND_DISPLAY) commands.push({ command: 'wl-copy', args: [] });
  if (env.DISPLAY) commands.push({ command: 'xclip', args: ['-selection', 'clipboard'] }, { command: 'xsel', args: ['--clipboard', '--input'] });
  return commands;
}

/**
 * The desktop clipboard through the platform's command-line tool. `writeText` never throws: when no
 * tool is present or none worked it resolves all the same, so the CLI still prints the link, and
 * `onNotCopied` says why nothing was copied (the README promises the link is copied).
 */
export class SystemClipboard implements Clipboard {
  constructor(
    private readonly commands = clipboardCommands(process.platform, process.env),
    private readonly onNotCopied: (why: string) => void = () => undefined,
  ) {}

  async writeText(text: string): Promise<void> {
    for (const { command, args } of this.commands) {
      if (await pipeTo(command, args, text)) return;
    }
    this.onNotCopied(
      this.commands.length === 0
        ? 'this session has no clipboard (neither DISPLAY nor WAYLAND_DISPLAY is set)'
        : `no clipboard tool worked (tried ${this.commands.map((c) => c.command).join(', ')}; install wl-clipboard, xclip or xsel)`,
    );
  }
}

/** Runs `command` with `text` on stdin; true when it exited 0. A missing binary is just false. */
function pipeTo(command: string, args: ReadonlyArray<string>, text: string): Promise<boolean> {
  return new Promise((resolve) => {
    // xclip stays alive to serve the selection, so its stdout/stderr must not hold the CLI open.
    const child = spawn(command, args, { stdio: ['pipe', 'ignore', 'ignore'] });
    const timer = setTimeout(() => resolve(true), 2_000);
    timer.unref();
    child.on('error', () => {
      clearTimeout(timer);
      resolve(false);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code === 0);
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(text);
    child.unref();
  });
}
