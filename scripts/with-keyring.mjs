// Runs a command inside a private D-Bus session with an unlocked gnome-keyring (a real Secret Service),
// with HOME and XDG folders isolated so no existing keyring or settings are touched. Where there is no
// dbus-run-session or gnome-keyring-daemon (macOS, Windows, a Linux without them), the command runs as
// is and the keychain tests skip themselves (they look for QUICKMEET_KEYRING=1).
// Usage: `node scripts/with-keyring.mjs COMMAND [ARGS…]`.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const has = (tool) => process.platform === 'linux' && spawnSync('which', [tool], { stdio: 'ignore' }).status === 0;

/** Runs `command` (with the keyring when available) and resolves with its exit status. */
export function withKeyring(command, args, options = {}) {
  const env = { ...process.env, ...options.env };
  if (!has('dbus-run-session') || !has('gnome-keyring-daemon')) return run(command, args, env);
  const sandbox = mkdtempSync(join(tmpdir(), 'quickmeet-keyring.'));
  for (const dir of ['home', 'data', 'cache', 'config', 'runtime']) mkdirSync(join(sandbox, dir));
  chmodSync(join(sandbox, 'runtime'), 0o700);
  const isolated = {
    ...env,
    QUICKMEET_REAL_HOME: env.HOME ?? '',
    HOME: join(sandbox, 'home'),
    XDG_DATA_HOME: join(sandbox, 'data'),
    XDG_CACHE_HOME: join(sandbox, 'cache'),
    XDG_CONFIG_HOME: join(sandbox, 'config'),
    XDG_RUNTIME_DIR: join(sandbox, 'runtime'),
    // npm and node keep working from the real caches.
    npm_config_cache: env.npm_config_cache ?? join(env.HOME ?? sandbox, '.npm'),
    QUICKMEET_KEYRING_PASSWORD: randomBytes(18).toString('base64'),
  };
  const session = fileURLToPath(new URL('keyring-session.mjs', import.meta.url));
  return run('dbus-run-session', ['--', process.execPath, session, command, ...args], isolated).finally(() =>
    rmSync(sandbox, { recursive: true, force: true }),
  );
}

function run(command, args, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: 'inherit',
      env,
      shell: process.platform === 'win32' && command !== process.execPath,
    });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward).on('SIGTERM', forward);
    child.on('error', (error) => (console.error(`${command}: ${error.message}`), resolve(1)));
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward).off('SIGTERM', forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [command, ...args] = process.argv.slice(2);
  if (!command) {
    console.error('usage: node scripts/with-keyring.mjs COMMAND [ARGS…]');
    process.exit(2);
  }
  process.exitCode = await withKeyring(command, args);
}
