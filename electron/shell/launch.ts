import { app, dialog } from 'electron';
import { startApp } from './start-app';
import { reportStartupFailure } from './startup-failure';

/**
 * Starts the app on Electron's userData (the host picks the data folder in it, or `QUICKMEET_HOME`); a
 * failure to start is shown and logged there.
 */
export function launch(): void {
  const dataDir = process.env.QUICKMEET_HOME || app.getPath('userData');
  void startApp(app.getPath('userData')).catch((error: unknown) =>
    reportStartupFailure(error, {
      dataDir,
      showErrorBox: (title, content) => dialog.showErrorBox(title, content),
      exit: (code) => app.exit(code),
    }),
  );
}
