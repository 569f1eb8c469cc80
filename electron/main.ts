// Electron entry point (bundled to dist/electron/main.js): one call into the shell's composition root.
import { startApp } from './shell/start-app';

void startApp().catch((error: unknown) => {
  console.error('Quickmeet could not start:', error);
  process.exit(1);
});
