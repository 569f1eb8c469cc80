// `npm run dist`: builds, then packages the installers for this OS with electron-builder (extra
// arguments go to electron-builder, e.g. `npm run dist -- --linux deb`).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (args) => spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' }).status ?? 1;
process.exitCode =
  run([join(root, 'scripts/build.mjs')]) ||
  run([join(root, 'node_modules/electron-builder/cli.js'), ...process.argv.slice(2)]);
