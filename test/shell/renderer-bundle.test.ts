import { build, type Metafile } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Bundles the window's entry the way Vite resolves it, keeping only the module graph. */
async function rendererGraph(): Promise<Metafile> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['renderer/main.tsx'],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    jsx: 'automatic',
    loader: { '.css': 'empty', '.png': 'empty', '.svg': 'empty' },
    logLevel: 'silent',
  });
  return result.metafile;
}

/** The app modules that pull `package` into the bundle: the first of ours on each import path to it. */
function importersOf(graph: Metafile, packagePath: string): string[] {
  return Object.entries(graph.inputs)
    .filter(([path, input]) => !path.includes('node_modules/') && input.imports.some((edge) => edge.path.includes(packagePath)))
    .map(([path]) => path);
}

describe('the window bundle', () => {
  // The schemas run in the main process; the window reads limits from the schema-free
  // shared/model/input-limits.ts and names shapes with `import type`, so zod (~40 KB gzip) stays out.
  it('carries no schema library: only types and plain constants cross from shared/model', async () => {
    const graph = await rendererGraph();
    expect(importersOf(graph, 'node_modules/zod/')).toEqual([]);
  });

  it('carries no Node-only or main-process code', async () => {
    const graph = await rendererGraph();
    const ours = Object.keys(graph.inputs).filter((path) => !path.includes('node_modules/'));
    expect(ours.filter((path) => path.startsWith('electron/') || path.startsWith('packages/emulator/'))).toEqual([]);
    expect(ours.some((path) => path.startsWith('renderer/'))).toBe(true);
  });
});
