// Installs what Quickmeet needs: on Debian/Ubuntu the system packages (keychain, Chromium, X for
// screenshots), Node 22 when the system one is older, and the npm dependencies (keytar builds from
// source). Prints each step and a heartbeat while long steps run. `--ci` always runs `npm ci`.
// Usage: `node scripts/setup.mjs [--ci]` (scripts/setup.sh is the same for shells).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { node22Executable, withNode22 } from './node22.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const DEBIAN_PACKAGES = [
  'libsecret-1-dev',
  'libsecret-tools',
  'gnome-keyring',
  'dbus',
  'dbus-x11',
  'chromium',
  'xvfb',
  'xdg-utils',
  'fonts-dejavu-core',
  'faketime',
];
const HEARTBEAT_MS = 10_000;

/** Runs a step, printing what it does and, every 10 s, that it is still at it. */
export function runStep(title, command, args, options = {}) {
  const started = Date.now();
  console.log(`• ${title}…`);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: options.quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit',
      ...options,
    });
    const heartbeat = setInterval(
      () =>
        console.log(
          `  … still ${title.charAt(0).toLowerCase()}${title.slice(1)} (${Math.round((Date.now() - started) / 1000)} s)`,
        ),
      HEARTBEAT_MS,
    );
    child.on('error', (error) => (clearInterval(heartbeat), reject(error)));
    child.on('exit', (code) => {
      clearInterval(heartbeat);
      if (code === 0) return resolve(console.log(`  done in ${Math.round((Date.now() - started) / 1000)} s`));
      reject(new Error(`${title} failed (exit status ${code}).`));
    });
  });
}

function missingDebianPackages() {
  if (spawnSync('dpkg-query', ['--version'], { stdio: 'ignore' }).status !== 0) return [];
  return DEBIAN_PACKAGES.filter(
    (p) =>
      !/install ok installed/.test(
        spawnSync('dpkg-query', ['-W', '-f=${Status}', p], { encoding: 'utf8' }).stdout ?? '',
      ),
  );
}

/** Brings the clone to a runnable state; resolves when done, rejects with a sentence on failure. */
export async function setup({ ci = false } = {}) {
  const missing = missingDebianPackages();
  if (missing.length > 0) {
    const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const apt = (args) => (sudo.length ? ['sudo', [...args]] : [args[0], args.slice(1)]);
    await runStep('Updating the package lists', ...apt(['apt-get', 'update', '-qq']), { env });
    await runStep(`Installing ${missing.join(', ')}`, ...apt(['apt-get', 'install', '-y', '-qq', ...missing]), {
      env,
      quiet: true,
    });
  }
  const env = withNode22({ ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' });
  // Trust the system's CA bundle too (machines behind a TLS-inspecting proxy install its CA there).
  if (!env.NODE_EXTRA_CA_CERTS && existsSync('/etc/ssl/certs/ca-certificates.crt'))
    env.NODE_EXTRA_CA_CERTS = '/etc/ssl/certs/ca-certificates.crt';
  if (ci || !existsSync(join(root, 'node_modules'))) {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    await runStep(
      'Installing the npm dependencies (about a minute; keytar builds from source)',
      npm,
      ['ci', '--no-audit', '--no-fund'],
      {
        env,
        shell: process.platform === 'win32',
      },
    );
  }
  const keytar = spawnSync(node22Executable(), ['-e', 'require("keytar")'], { cwd: root, env, stdio: 'inherit' });
  if (keytar.status !== 0)
    throw new Error('keytar did not build: install libsecret-1-dev (Linux) and run `npm ci` again.');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    await setup({ ci: process.argv.includes('--ci') });
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
