// Builds every runtime: the renderer with Vite, and main, preload, bridge, CLI and emulator with esbuild.
// Nothing here launches Electron. Prints the renderer's gzip size against its budget.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const RENDERER_BUDGET_KB = 90;
// fileURLToPath, not URL.pathname: the latter keeps %20 for spaces and a leading slash before C: on Windows.
const root = fileURLToPath(new URL('..', import.meta.url));
const entry = (path) => join(root, path);

/**
 * Node-side bundles, ESM. Electron's main carries its dependencies inside the bundle, so the installer
 * ships only the code it runs (not all of googleapis): only `electron` (the runtime) and `keytar` (a
 * native addon, unpacked from the asar) stay outside. The hosts that run from a clone (bridge, CLI,
 * emulator) leave every registry package in node_modules, but bundle the workspace packages
 * (`@quickmeet/*`), whose `exports` point at TypeScript sources Node cannot load.
 */
export const MAIN_EXTERNALS = ['electron', 'keytar'];
/**
 * The emulator (`@quickmeet/emulator`) stands in for Google in demo mode only, so the hosts load it
 * with `import()` and their bundles leave it out: the import is rewritten to `./emulator.js`, a bundle
 * of its own built beside each host that can start it. A production run never reads that file.
 */
const EMULATOR_ENTRY = 'packages/emulator/src/index.ts';
export const EMULATOR_BESIDE = './emulator.js';
export const NODE_BUNDLES = [
  { in: 'electron/main.ts', out: 'dist/electron/main.js', external: MAIN_EXTERNALS },
  { in: EMULATOR_ENTRY, out: 'dist/electron/emulator.js', external: MAIN_EXTERNALS },
  { in: 'electron/bridge/start-bridge.ts', out: 'dist/bridge/start-bridge.js' },
  { in: EMULATOR_ENTRY, out: 'dist/bridge/emulator.js' },
  { in: 'electron/cli/main.ts', out: 'dist/cli/quickmeet.js' },
  { in: EMULATOR_ENTRY, out: 'dist/cli/emulator.js' },
  { in: 'packages/emulator/src/cli.ts', out: 'dist/emulator/cli.js' },
];
/** Page-side scripts that are not the renderer: the sandboxed preload (CJS) and the bridge's page shim. */
const pageBundles = [
  { in: 'electron/preload/preload.ts', out: 'dist/electron/preload.cjs', format: 'cjs', platform: 'node', external: ['electron'] },
  { in: 'electron/bridge/bridge-preload.ts', out: 'dist/bridge/bridge-preload.js', format: 'iife', platform: 'browser', external: [] },
];

/** Sends the hosts' `import('@quickmeet/emulator')` to the emulator bundle beside them; a static import of it is an error. */
const emulatorBeside = {
  name: 'emulator-beside',
  setup(build) {
    build.onResolve({ filter: /^@quickmeet\/emulator(\/|$)/ }, (args) =>
      args.kind === 'dynamic-import' && args.path === '@quickmeet/emulator'
        ? { path: EMULATOR_BESIDE, external: true }
        : { errors: [{ text: `${args.path}: the app loads the emulator with import('@quickmeet/emulator'), in demo mode only.` }] },
    );
  },
};

/** Marks every bare import external except the workspace packages (esbuild's "exclude some packages" plugin recipe). */
const externalExceptWorkspace = {
  name: 'external-except-workspace',
  setup(build) {
    build.onResolve({ filter: /^[^./]|^\.[^./]|^\.\.[^/]/ }, (args) =>
      args.kind === 'entry-point' || args.path.startsWith('@quickmeet/') ? undefined : { path: args.path, external: true },
    );
  },
};

/** The esbuild options of one Node-side bundle (exported so the packaging test can read what main imports). */
export function nodeBundleOptions(b) {
  const plugins = b.in.startsWith('packages/emulator/') ? [] : [emulatorBeside];
  return {
    entryPoints: [entry(b.in)],
    outfile: entry(b.out),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    ...(b.external ? { external: b.external, plugins } : { plugins: [...plugins, externalExceptWorkspace] }),
    sourcemap: 'linked',
    logLevel: 'warning',
    banner: { js: "import { createRequire as __qmCreateRequire } from 'node:module'; const require = __qmCreateRequire(import.meta.url);" },
  };
}

async function main() {
  await viteBuild({ configFile: entry('vite.config.ts'), logLevel: 'warn' });
  for (const b of NODE_BUNDLES.filter((b) => existsSync(entry(b.in)))) await esbuild(nodeBundleOptions(b));
  for (const b of pageBundles.filter((b) => existsSync(entry(b.in)))) {
    await esbuild({
      entryPoints: [entry(b.in)],
      outfile: entry(b.out),
      bundle: true,
      platform: b.platform,
      format: b.format,
      target: 'chrome140',
      external: b.external,
      logLevel: 'warning',
    });
  }
  reportRendererSize();
}

function reportRendererSize() {
  const assets = join(root, 'dist/renderer/assets');
  if (!existsSync(assets)) return;
  const js = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const gzipKb = js.reduce((sum, f) => sum + gzipSync(readFileSync(join(assets, f))).length, 0) / 1024;
  const verdict = gzipKb <= RENDERER_BUDGET_KB ? 'within' : 'OVER';
  console.log(`renderer JS: ${gzipKb.toFixed(1)} KB gzip (${verdict} the ${RENDERER_BUDGET_KB} KB budget)`);
  if (gzipKb > RENDERER_BUDGET_KB) process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
