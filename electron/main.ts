// Electron entry point (bundled to dist/electron/main.js): one call into the shell, which starts the app
// and shows a failure to start in a dialog and the log file.
import { launch } from './shell/launch';

launch();
