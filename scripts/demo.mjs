// `npm run demo`: one command from a fresh clone to a running Quickmeet in demo mode. Installs what is
// missing (with progress), builds, then starts Electron (fetching its runtime once) or, where that cannot
// run, the same window in the browser. Demo mode keeps its own app-data folder, so a configured Google
// account is never touched, and resumes the last demo on the next run; `npm run demo -- --fresh` starts over.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isNode22, node22Executable } from './node22.mjs';
import { setup } from './setup.mjs';

const fresh = process.argv.includes('--fresh');
if (process.env.QUICKMEET_DEMO_SET_UP !== '1') {
  try {
    await setup();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
if (!isNode22()) {
  // An older system Node ran the setup; the rest runs on the Node 22 it provided. Ctrl+C is for that one.
  process.on('SIGINT', () => {});
  const again = spawnSync(node22Executable(), [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, QUICKMEET_DEMO_SET_UP: '1' },
  });
  process.exit(again.status ?? 1);
}
// Loaded after setup: tsx and the app's sources are only there once the dependencies are installed.
const { tsImport } = await import('tsx/esm/api');
const { resolveDataFolder } = await tsImport('../electron/host/data-folder.ts', import.meta.url);
const { launch } = await import('./start-electron.mjs');

// The folder every host picks for demo mode (`quickmeet`, `npm start` and the preview find the same demo).
const { dir: home } = await resolveDataFolder({ forceDemo: true });
const stateFile = join(home, 'demo-google.json');
if (fresh) rmSync(home, { recursive: true, force: true });
console.log(
  existsSync(stateFile)
    ? `Resuming the demo from ${home} (your meetings of last time, and your sign-in where a keychain kept it); run \`npm run demo -- --fresh\` to start over.`
    : `Starting a fresh demo in ${home}.`,
);
// Demo mode means no Google client: drop any that the environment configures; the folder pins demo mode
// even where `<app-data>/oauth-client.json` configures one.
const env = { ...process.env, QUICKMEET_HOME: home };
for (const name of ['QUICKMEET_OAUTH_CLIENT_FILE', 'QUICKMEET_GOOGLE_CLIENT_ID', 'QUICKMEET_GOOGLE_CLIENT_SECRET'])
  delete env[name];
const status = await launch({ env, args: process.argv.slice(2).filter((a) => a !== '--fresh') });
console.log(`\nQuickmeet stopped. The demo is kept in ${home}; \`npm run demo\` picks it up again.`);
process.exitCode = status;
