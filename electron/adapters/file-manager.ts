import { dirname } from 'node:path';
import { launchOpener, type OpenerCommand } from './system-url-opener';

/**
 * The desktop's file manager showing `filePath`: selected in its folder on macOS (`open -R`) and
 * Windows (`explorer.exe /select,`), its folder on Linux, where xdg-open has no way to select a file.
 * The path is one argument, never a shell string.
 */
export function fileManagerCommand(filePath: string, platform: NodeJS.Platform): OpenerCommand {
  if (platform === 'darwin') return { command: 'open', args: ['-R', filePath] };
  if (platform === 'win32') return { command: 'explorer.exe', args: [`/select,${filePath}`], exitStatusMeansNothing: true };
  return { command: 'xdg-open', args: [dirname(filePath)] };
}

/** Shows `filePath` in the file manager; rejects when none could be started. */
export const showInFileManager = (filePath: string, platform: NodeJS.Platform = process.platform): Promise<void> =>
  launchOpener(fileManagerCommand(filePath, platform));
