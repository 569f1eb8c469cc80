// `npm start`: runs Quickmeet in Electron when the Electron binary is installed. Where it is absent
// (it cannot be downloaded on every machine), it says so in one sentence and points to the browser preview.
// It never requires the `electron` package itself, because that tries to download the binary.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const electronDir = join(root, 'node_modules', 'electron');

/** The Electron executable, if installed (or given by ELECTRON_OVERRIDE_DIST_PATH); undefined otherwise. */
export function findElectronBinary(env = process.env) {
  const pathFile = join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const dist = env.ELECTRON_OVERRIDE_DIST_PATH || join(electronDir, 'dist');
  const candidate = join(dist, relative || 'electron');
  return existsSync(candidate) ? candidate : undefined;
}

function main() {
  const binary = findElectronBinary();
  if (binary === undefined) {
    console.error('The Electron binary is not installed on this machine, so `npm start` cannot open the app; run `npm run preview` to use Quickmeet in your browser instead.');
    process.exit(1);
  }
  const build = spawnSync('bash', [join(root, 'scripts/run-node22.sh'), 'node', join(root, 'scripts/build.mjs')], { stdio: 'inherit', cwd: root });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const child = spawn(binary, [root, ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
