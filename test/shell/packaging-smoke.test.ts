// Packs the app for Linux with electron-builder (`--dir`, no installer) against a stand-in Electron
// folder, since the real binary cannot be downloaded here, and checks the produced app.asar: everything
// the app loads at run time is there, and nothing it should not carry. Fuses are off for the test (they
// patch the real Electron binary, which the stand-in is not). Runs in a copy of the repository inside a
// folder with a space, so packaging is also proven from such a path.
import { execFile } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_TMP_ROOT } from '../support/temp-root';
import { buildProjectCopy } from './project-copy';
import { REPO_ROOT } from './source-files';

const requireFromRepo = createRequire(join(REPO_ROOT, 'package.json'));
const asar = requireFromRepo('@electron/asar') as {
  listPackage(path: string): string[];
  extractFile(archive: string, file: string): Buffer;
};
const yaml = createRequire(join(REPO_ROOT, 'node_modules/app-builder-lib/package.json'))('js-yaml') as {
  load(text: string): unknown;
};
const ELECTRON_VERSION = (
  JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules/electron/package.json'), 'utf8')) as { version: string }
).version;

const work = mkdtempSync(join(tmpdir(), 'quickmeet-pack '));
const project = join(work, 'with space', 'quickmeet');
const output = join(work, 'release');
let files: ReadonlyArray<string> = [];
let unpacked = '';
let archive = '';

/** A folder shaped like Electron's Linux zip, with a script in place of the binary. */
function standInElectron(): string {
  const dist = join(work, 'electron-dist');
  mkdirSync(join(dist, 'resources'), { recursive: true });
  writeFileSync(join(dist, 'electron'), '#!/bin/sh\necho "stand-in for Electron"\n');
  chmodSync(join(dist, 'electron'), 0o755);
  writeFileSync(join(dist, 'version'), ELECTRON_VERSION);
  writeFileSync(join(dist, 'LICENSE'), 'MIT');
  return dist;
}

/**
 * electron-builder refuses a packaged file that links outside the project into /tmp unless the link ends
 * under the temp or home folder it saw when it loaded (app-builder-lib `asarUtil` ALLOWLIST/DENYLIST). The
 * copy links the repository's node_modules, and a clone under /tmp is outside this run's private temp folder
 * (test/support/temp-root.ts), so electron-builder loads with the system's temp folder, as `npm run dist` would.
 */
function loadElectronBuilder(): typeof import('electron-builder') {
  const runRoot = process.env[TEST_TMP_ROOT];
  const saved = process.env.TMPDIR;
  if (runRoot) process.env.TMPDIR = dirname(runRoot);
  try {
    return requireFromRepo('electron-builder') as typeof import('electron-builder');
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
  }
}

beforeAll(async () => {
  // As `npm run dist` does: the production build first.
  await buildProjectCopy(project, ['build', 'package-lock.json', 'electron-builder.yml']);

  const config = yaml.load(readFileSync(join(project, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
  const { build, Platform } = loadElectronBuilder();
  await build({
    projectDir: project,
    targets: Platform.LINUX.createTarget('dir'),
    publish: 'never',
    config: {
      ...config,
      electronDist: standInElectron(),
      electronVersion: ELECTRON_VERSION,
      electronFuses: null,
      directories: { output, buildResources: 'build' },
    },
  });
  archive = join(output, 'linux-unpacked', 'resources', 'app.asar');
  unpacked = `${archive}.unpacked`;
  files = asar.listPackage(archive).map((f) => f.replace(/\\/g, '/').replace(/^\//, ''));
}, 240_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The bare module names the main bundle still imports at run time (everything else is inside it). */
async function mainExternals(): Promise<string[]> {
  const { build } = requireFromRepo('esbuild') as typeof import('esbuild');
  const script = (await import(pathToFileURL(join(project, 'scripts/build.mjs')).href)) as {
    NODE_BUNDLES: ReadonlyArray<{ in: string; out: string }>;
    nodeBundleOptions(b: unknown): import('esbuild').BuildOptions;
  };
  const main = script.NODE_BUNDLES.find((b) => b.in === 'electron/main.ts')!;
  const result = await build({
    ...script.nodeBundleOptions(main),
    write: false,
    metafile: true,
    sourcemap: false,
    logLevel: 'silent',
  });
  const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
  const imports = Object.values(result.metafile.outputs).flatMap((o) =>
    o.imports.filter((i) => i.external).map((i) => i.path),
  );
  return [...new Set(imports.filter((path) => !builtins.has(path)))].sort();
}

describe('the packaged Linux app (electron-builder --dir, stand-in Electron)', () => {
  it('names its executable for the deb and AppImage', () => {
    expect(existsSync(join(output, 'linux-unpacked', 'quickmeet'))).toBe(true);
  });

  it('bundles main with only electron, keytar and the demo-mode emulator beside it left outside', async () => {
    expect(await mainExternals()).toEqual(['./emulator.js', 'electron', 'keytar']);
  });

  it('carries what the app loads: main, preload, the renderer and its assets, keytar', () => {
    const pkg = JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8')) as {
      main: string;
      type: string;
      desktopName: string;
    };
    expect(pkg).toMatchObject({
      main: 'dist/electron/main.js',
      type: 'module',
      desktopName: 'com.quickmeet.app.desktop',
    });
    for (const file of [
      pkg.main,
      'dist/electron/preload.cjs',
      'dist/renderer/index.html',
      'node_modules/keytar/package.json',
      'node_modules/keytar/lib/keytar.js',
    ]) {
      expect(files, file).toContain(file);
    }
    const html = asar.extractFile(archive, 'dist/renderer/index.html').toString('utf8');
    const assets = [...html.matchAll(/(?:src|href)="(?:\.?\/)?(assets\/[^"]+)"/g)].map((m) => `dist/renderer/${m[1]}`);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) expect(files, asset).toContain(asset);
  });

  it("keeps keytar's native addon unpacked, where Electron can load it", () => {
    expect(existsSync(join(unpacked, 'node_modules/keytar/build/Release/keytar.node'))).toBe(true);
    expect(files.filter((f) => f.endsWith('.node') && !existsSync(join(unpacked, f)))).toEqual([]);
  });

  it('runs main from the archive in plain Node, with a stand-in electron module, up to the first window', async () => {
    // Every bundled dependency resolves and starts: the emulator (demo mode, loaded by import()), keychain, settings store.
    const app = join(work, 'app');
    mkdirSync(join(app, 'node_modules', 'electron'), { recursive: true });
    writeFileSync(join(app, 'package.json'), asar.extractFile(archive, 'package.json'));
    writeFileSync(join(app, 'main.js'), asar.extractFile(archive, 'dist/electron/main.js'));
    // Demo mode loads the emulator from beside main.
    writeFileSync(join(app, 'emulator.js'), asar.extractFile(archive, 'dist/electron/emulator.js'));
    cpSync(
      join(REPO_ROOT, 'test/shell/fixtures/electron-stand-in.cjs'),
      join(app, 'node_modules', 'electron', 'index.js'),
    );
    writeFileSync(join(app, 'node_modules', 'electron', 'package.json'), '{ "name": "electron", "main": "index.js" }');
    cpSync(join(unpacked, 'node_modules', 'keytar'), join(app, 'node_modules', 'keytar'), { recursive: true });
    const home = join(work, 'home');
    const run = await promisify(execFile)(process.execPath, [join(app, 'main.js')], {
      cwd: app,
      env: { ...process.env, QUICKMEET_HOME: home, STAND_IN_RESOURCES: join(work, 'resources') },
    }).catch((error: { stdout: string; code: number }) => error);
    expect(run.stdout).toContain('Demo mode: the built-in Google emulator stands in for Google at http://127.0.0.1:');
    expect(run.stdout).toMatch(/stand-in dialog: Quickmeet could not start: BrowserWindow is not a constructor/);
    expect(readFileSync(join(home, 'logs', 'quickmeet.log'), 'utf8')).toContain('"message":"startup failed"');
  });

  it('carries the emulator beside main, for demo mode only, and no other host', () => {
    expect(files).toContain('dist/electron/emulator.js');
    expect(asar.extractFile(archive, 'dist/electron/emulator.js').toString('utf8')).toContain('ada@quickmeet.test');
    expect(asar.extractFile(archive, 'dist/electron/main.js').toString('utf8')).not.toContain('ada@quickmeet.test');
    expect(files.filter((f) => /^dist\/(emulator|bridge|cli)\//.test(f))).toEqual([]);
  });

  it('carries no source maps, tests, sources, or other dependencies', () => {
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(files.filter((f) => /(^|\/)(test|tests|__tests__)\/|\.test\.[jt]sx?$/.test(f))).toEqual([]);
    expect(files.filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'))).toEqual([]);
    const packages = new Set(files.filter((f) => f.startsWith('node_modules/')).map((f) => f.split('/')[1]));
    expect([...packages]).toEqual(['keytar']);
  });
});
