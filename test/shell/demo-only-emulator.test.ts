// The production bundles of the Electron app and the CLI carry no emulator code: the emulator stands in
// for Google in demo mode only and is loaded then, by import(), from a bundle of its own beside them.
// Builds each Node bundle in memory with the project's own esbuild options and reads what it holds.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEMO_CLIENT, demoBanner } from '@quickmeet/emulator';
import type { BuildOptions, Metafile } from 'esbuild';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './source-files';

interface BuildScript {
  readonly NODE_BUNDLES: ReadonlyArray<{ in: string; out: string }>;
  readonly EMULATOR_BESIDE: string;
  nodeBundleOptions(b: unknown): BuildOptions;
}

interface Built {
  readonly text: string;
  readonly inputs: ReadonlyArray<string>;
  readonly imports: Metafile['outputs'][string]['imports'];
}

/** Text only the emulator writes: its control API's path, the demo client's secret, the demo banner. */
const EMULATOR_MARKS = ['/emulator/v1', DEMO_CLIENT.clientSecret, demoBanner('').split('\n')[1]!];
const HOSTS = ['dist/electron/main.js', 'dist/cli/quickmeet.js', 'dist/bridge/start-bridge.js'];

let script: BuildScript;
const built = new Map<string, Built>();

async function buildInMemory(out: string): Promise<Built> {
  const bundle = script.NODE_BUNDLES.find((b) => b.out === out);
  if (!bundle) throw new Error(`scripts/build.mjs has no bundle ${out}`);
  const result = await build({ ...script.nodeBundleOptions(bundle), write: false, metafile: true, sourcemap: false, logLevel: 'silent' });
  const [file] = result.outputFiles.filter((f) => f.path.endsWith('.js'));
  const [meta] = Object.values(result.metafile.outputs);
  return { text: file!.text, inputs: Object.keys(meta!.inputs), imports: meta!.imports };
}

beforeAll(async () => {
  script = (await import(pathToFileURL(join(REPO_ROOT, 'scripts/build.mjs')).href)) as BuildScript;
  const outs = [...HOSTS, ...HOSTS.map((host) => host.replace(/[^/]+$/, 'emulator.js'))];
  for (const out of outs) built.set(out, await buildInMemory(out));
}, 120_000);

describe('the emulator is loaded in demo mode only', () => {
  it.each(HOSTS)('%s holds none of the emulator’s modules or text', (out) => {
    const host = built.get(out)!;
    expect(host.inputs.filter((input) => input.includes('packages/emulator/'))).toEqual([]);
    for (const mark of EMULATOR_MARKS) expect(host.text, mark).not.toContain(mark);
  });

  it.each(HOSTS)('%s imports the emulator bundle beside it by import(), and nothing else of it', (out) => {
    const host = built.get(out)!;
    const emulatorImports = host.imports.filter((i) => i.path === script.EMULATOR_BESIDE || i.path.includes('emulator'));
    expect(emulatorImports.map((i) => ({ path: i.path, kind: i.kind, external: i.external }))).toEqual(
      expect.arrayContaining([{ path: script.EMULATOR_BESIDE, kind: 'dynamic-import', external: true }]),
    );
    expect(emulatorImports.every((i) => i.kind === 'dynamic-import')).toBe(true);
  });

  it.each(HOSTS)('the emulator bundle beside %s holds the emulator (the control case)', (out) => {
    const emulator = built.get(out.replace(/[^/]+$/, 'emulator.js'))!;
    expect(emulator.inputs).toContain('packages/emulator/src/index.ts');
    for (const mark of EMULATOR_MARKS) expect(emulator.text, mark).toContain(mark);
  });

  it('a static import of the emulator in an app host fails the build', async () => {
    const bundle = script.NODE_BUNDLES.find((b) => b.out === 'dist/cli/quickmeet.js')!;
    const options = script.nodeBundleOptions(bundle);
    const attempt = build({
      ...options,
      entryPoints: undefined,
      stdin: { contents: "import { startEmulator } from '@quickmeet/emulator';\nconsole.log(startEmulator);\n", resolveDir: join(REPO_ROOT, 'electron/cli'), loader: 'ts' },
      write: false,
      logLevel: 'silent',
    });
    await expect(attempt).rejects.toThrow(/loads the emulator with import\('@quickmeet\/emulator'\), in demo mode only/);
  });
});
