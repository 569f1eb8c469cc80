#!/usr/bin/env node
// Launches the bundled CLI (npm run build writes dist/cli/quickmeet.js); the bundle runs itself on import.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/cli/quickmeet.js', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('quickmeet: not built yet; run `npm run build`, or `npx tsx electron/cli/main.ts` in a checkout.\n');
  process.exit(1);
}
await import(bundle);
