import { app, dialog } from 'electron';
import { startApp } from './start-app';
import { reportStartupFailure } from './startup-failure';

/** Starts the app in its data folder (`QUICKMEET_HOME` or Electron's userData); a failure to start is shown and logged. */
export function launch(): void {
  const dataDir = process.env.QUICKMEET_HOME || app.getPath('userData');
  void startApp(dataDir).catch((error: unknown) =>
    reportStartupFailure(error, {
      dataDir,
      showErrorBox: (title, content) => dialog.showErrorBox(title, content),
      exit: (code) => app.exit(code),
    }),
  );
}
