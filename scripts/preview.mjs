// `npm run preview`: builds, then serves the window to a browser through the bridge (prints the URL).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const node = (script) => spawnSync(process.execPath, [join(root, script)], { cwd: root, stdio: 'inherit' }).status ?? 1;
process.on('SIGINT', () => {}); // the bridge answers Ctrl+C itself
process.exitCode = node('scripts/build.mjs') || node('dist/bridge/start-bridge.js');
