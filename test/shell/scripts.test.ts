import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildProjectCopy } from './project-copy';
import { REPO_ROOT, repoPath, sourceFiles } from './source-files';

const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

describe('npm scripts', () => {
  it('need no shell: every script is a Node program or a Node-based tool', () => {
    for (const [name, command] of Object.entries(pkg.scripts)) {
      expect(command, name).not.toMatch(/\b(bash|sh)\b|&&|\|\||[;|]|\.sh\b/);
      const script = /^node (scripts\/[\w-]+\.mjs)/.exec(command)?.[1];
      if (script) expect(existsSync(join(REPO_ROOT, script)), `${name} → ${script}`).toBe(true);
    }
  });

  it('resolve file paths with fileURLToPath, never URL.pathname (which keeps %20 and a slash before C:)', () => {
    const offenders = sourceFiles(['scripts', 'electron', 'test', 'bench', 'shared', 'renderer']).filter((file) =>
      /import\.meta\.url\)\s*\.pathname/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders.map(repoPath)).toEqual([]);
  });
});

describe('npm start without the Electron runtime', () => {
  interface StartScript {
    findElectronBinary(env: NodeJS.ProcessEnv): string | undefined;
    installElectron(log: (line: string) => void, env: NodeJS.ProcessEnv): string | undefined;
  }
  const load = () => import(pathToFileURL(join(REPO_ROOT, 'scripts/start-electron.mjs')).href) as Promise<StartScript>;

  it('finds an installed runtime', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'quickmeet-electron-'));
    writeFileSync(join(dist, process.platform === 'win32' ? 'electron.exe' : 'electron'), '');
    expect((await load()).findElectronBinary({ ELECTRON_OVERRIDE_DIST_PATH: dist })).toBeDefined();
    rmSync(dist, { recursive: true, force: true });
  });

  it('says it fetches the runtime, and in one sentence that the browser takes over when the download fails', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'quickmeet-electron-cache-'));
    const lines: string[] = [];
    // A mirror nobody listens on: the download fails at once, on any network.
    const env = {
      ...process.env,
      ELECTRON_MIRROR: 'http://127.0.0.1:9/',
      electron_config_cache: cache,
      ELECTRON_OVERRIDE_DIST_PATH: cache,
    };
    expect((await load()).installElectron((line) => void lines.push(line), env)).toBeUndefined();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Fetching the Electron \d+\.\d+\.\d+ runtime/);
    expect(lines[1]).toMatch(
      /^The Electron runtime could not be downloaded \(.+\), so Quickmeet opens in your browser instead\.$/,
    );
    rmSync(cache, { recursive: true, force: true });
  });
});

describe('the build from a folder whose path has a space', () => {
  const parent = mkdtempSync(join(tmpdir(), 'quickmeet build '));
  const clone = join(parent, 'with space', 'qm');
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  it('produces every bundle', async () => {
    await buildProjectCopy(clone);
    for (const out of [
      'dist/renderer/index.html',
      'dist/electron/main.js',
      'dist/electron/emulator.js',
      'dist/electron/preload.cjs',
      'dist/bridge/start-bridge.js',
      'dist/bridge/emulator.js',
      'dist/cli/quickmeet.js',
      'dist/cli/emulator.js',
      'dist/emulator/cli.js',
    ]) {
      expect(existsSync(join(clone, out)), out).toBe(true);
    }
  }, 120_000);
});
