import { join } from 'node:path';
import { AppError } from '../../shared/ipc/result';
import { createFileLogger } from '../adapters/file-logger';
import { DataFolderInUseError } from '../adapters/running-host-lock';

/** The log file of an app-data folder (the one the running app writes to as well). */
export const logFileIn = (dataDir: string): string => join(dataDir, 'logs', 'quickmeet.log');

/** What the error dialog says. */
export interface StartupFailureMessage {
  readonly title: string;
  readonly content: string;
}

/** Words for a failure before the tray exists: a bad Google client configuration, or anything else. */
export function describeStartupFailure(error: unknown, dataDir: string): StartupFailureMessage {
  const detail = error instanceof Error ? error.message : String(error);
  const log = `Details are in ${logFileIn(dataDir)}.`;
  if (error instanceof AppError && error.code === 'CONFIG_ERROR') {
    return {
      title: 'Quickmeet cannot use its Google client configuration',
      content: `${detail}\n\nQuickmeet needs the JSON of an OAuth client of type "Desktop app" (in ${join(dataDir, 'oauth-client.json')} or QUICKMEET_OAUTH_CLIENT_FILE), or both QUICKMEET_GOOGLE_CLIENT_ID and QUICKMEET_GOOGLE_CLIENT_SECRET. Remove them all to start in demo mode.\n\n${log}`,
    };
  }
  if (error instanceof DataFolderInUseError) return { title: 'Quickmeet is already running', content: detail };
  return { title: 'Quickmeet could not start', content: `${detail}\n\n${log}` };
}

export interface StartupFailureDeps {
  readonly dataDir: string;
  /** `dialog.showErrorBox`: safe before `ready` too (it prints to stderr on Linux then). */
  readonly showErrorBox: (title: string, content: string) => void;
  readonly exit: (code: number) => void;
}

/** Tells the person why Quickmeet stopped (dialog and console), writes it to the log file, and exits with 1. */
export function reportStartupFailure(error: unknown, deps: StartupFailureDeps): void {
  const message = describeStartupFailure(error, deps.dataDir);
  console.error(`${message.title}: ${message.content}`);
  createFileLogger(logFileIn(deps.dataDir)).error('startup failed', {
    title: message.title,
    error: error instanceof Error ? error.message : String(error),
    ...(error instanceof AppError ? { code: error.code } : {}),
  });
  deps.showErrorBox(message.title, message.content);
  deps.exit(1);
}
