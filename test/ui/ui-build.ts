import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';

/** Where one build of the renderer and the bridge page script went. */
export interface UiBuild {
  readonly rendererDir: string;
  readonly preloadFile: string;
}

const root = fileURLToPath(new URL('../..', import.meta.url));
let built: Promise<UiBuild> | undefined;

/**
 * Builds the renderer (Vite, production) and the bridge page script (esbuild) from the current
 * sources into a private folder, once per test process, so tests never run a stale `dist/` and
 * parallel test files do not overwrite each other's output.
 */
export function buildUi(): Promise<UiBuild> {
  built ??= (async () => {
    const out = mkdtempSync(join(tmpdir(), 'quickmeet-ui-'));
    const rendererDir = join(out, 'renderer');
    const preloadFile = join(out, 'bridge-preload.js');
    await viteBuild({ configFile: join(root, 'vite.config.ts'), logLevel: 'error', build: { outDir: rendererDir, emptyOutDir: true } });
    await esbuild({
      entryPoints: [join(root, 'electron/bridge/bridge-preload.ts')],
      outfile: preloadFile,
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'chrome140',
      logLevel: 'error',
    });
    return { rendererDir, preloadFile };
  })();
  return built;
}
