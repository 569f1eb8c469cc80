// `npm start`: builds, then runs Quickmeet in Electron. The `electron` package fetches its binary on first
// use, not at install time, so when it is missing this fetches it (saying so) through the package's own
// installer. Where the download cannot happen, one sentence says so and the same app opens in the browser
// instead (the bridge). It never requires the `electron` package itself, whose index downloads silently.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { node22Executable, withNode22 } from './node22.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const electronDir = join(root, 'node_modules', 'electron');

/** The Electron executable, if installed (or given by ELECTRON_OVERRIDE_DIST_PATH); undefined otherwise. */
export function findElectronBinary(env = process.env) {
  const pathFile = join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const dist = env.ELECTRON_OVERRIDE_DIST_PATH || join(electronDir, 'dist');
  const candidate = join(dist, relative || (process.platform === 'win32' ? 'electron.exe' : 'electron'));
  return existsSync(candidate) ? candidate : undefined;
}

/** Fetches the Electron binary with the package's installer (`install-electron`); the binary or undefined. */
export function installElectron(log = console.log, env = process.env) {
  const version = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;
  log(`Fetching the Electron ${version} runtime (about 100 MB, once)…`);
  // The package's own installer (its `install-electron` command); electron 45 runs it on first use only.
  const run = spawnSync(node22Executable(), [join(electronDir, 'install.js')], {
    cwd: root,
    env,
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
  });
  const binary = run.status === 0 ? findElectronBinary(env) : undefined;
  if (binary === undefined) {
    const stderr = run.stderr ?? '';
    const first = stderr.split('\n').find((line) => line.trim() !== '')?.trim() ?? `exit status ${run.status}`;
    // Node's fetch says only "fetch failed" when the download server cannot be reached at all.
    const reason = /fetch failed|ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN/.test(stderr)
      ? 'the download server cannot be reached from this machine'
      : first.slice(0, 160);
    log(`The Electron runtime could not be downloaded (${reason}), so Quickmeet opens in your browser instead.`);
  }
  return binary;
}

/** Runs a Node ≥ 22 script or the Electron binary with inherited stdio; resolves with the exit status. */
function run(command, args, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env });
    // Ctrl+C reaches the child through the terminal; this process waits for it to say goodbye.
    const ignore = () => {};
    process.on('SIGINT', ignore);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', ignore);
      resolve(code ?? (signal === 'SIGINT' ? 0 : 1));
    });
  });
}

/** Builds and runs the app: Electron when it is there or can be fetched, else the browser preview. */
export async function launch({ args = [], env = process.env } = {}) {
  const nodeEnv = withNode22(env);
  const build = spawnSync(node22Executable(), [join(root, 'scripts/build.mjs')], {
    cwd: root,
    stdio: 'inherit',
    env: nodeEnv,
  });
  if (build.status !== 0) return build.status ?? 1;
  const binary = findElectronBinary(env) ?? installElectron();
  if (binary !== undefined) return run(binary, [root, ...args], env);
  return run(node22Executable(), [join(root, 'dist/bridge/start-bridge.js')], nodeEnv);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  process.exitCode = await launch({ args: process.argv.slice(2) });
