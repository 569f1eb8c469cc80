// Inside the private D-Bus session of with-keyring.mjs: unlocks a fresh gnome-keyring with the throwaway
// password it was handed, then runs the command with QUICKMEET_KEYRING=1.
import { spawn, spawnSync } from 'node:child_process';

const password = process.env.QUICKMEET_KEYRING_PASSWORD ?? '';
delete process.env.QUICKMEET_KEYRING_PASSWORD;
// The first --unlock creates and unlocks a `login` keyring; gcr-prompter and fd-limit warnings are noise here.
spawnSync('gnome-keyring-daemon', ['--unlock', '--components=secrets'], {
  input: password,
  stdio: ['pipe', 'ignore', 'ignore'],
});
const [command, ...args] = process.argv.slice(2);
const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, QUICKMEET_KEYRING: '1' } });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('error', (error) => (console.error(`${command}: ${error.message}`), process.exit(1)));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
