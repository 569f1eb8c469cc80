import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, repoPath, sourceFiles } from './source-files';

/** Every module specifier a file imports, type-only, dynamic and require included. */
const importsOf = (file: string): string[] =>
  ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((f) => f.fileName);

const ELECTRON_ALLOWED = /^electron\/(shell\/|preload\/|main\.ts$)/;

describe('the Electron boundary is a build fact', () => {
  it('only electron/shell, electron/preload and electron/main.ts import electron', () => {
    const offenders = sourceFiles(['electron', 'renderer', 'shared', 'packages'])
      .filter((file) => importsOf(file).some((m) => m === 'electron' || m.startsWith('electron/')))
      .map(repoPath)
      .filter((path) => !ELECTRON_ALLOWED.test(path));
    expect(offenders).toEqual([]);
  });

  it('the app reaches the workspace packages by name, never by a path into packages/', () => {
    const offenders = sourceFiles(['electron', 'renderer', 'shared', 'scripts', 'test', 'bench'])
      .filter((file) => importsOf(file).some((m) => /(^|\/)packages\//.test(m)))
      .map(repoPath);
    expect(offenders).toEqual([]);
  });

  it('shell sources state their reasons instead of citing sections of a document outside the repository', () => {
    const citing = sourceFiles(['electron/shell', 'test/shell'])
      .filter((file) => /§\s*\d/.test(readFileSync(file, 'utf8')))
      .map(repoPath);
    expect(citing).toEqual([]);
  });

  it('nothing imports the whole googleapis package, only its Meet module', () => {
    const whole = sourceFiles(['electron', 'renderer', 'shared', 'packages', 'scripts', 'test'])
      .filter((file) => importsOf(file).includes('googleapis'))
      .map(repoPath);
    expect(whole).toEqual([]);
  });

  it('the composition root turns the sandbox on for every renderer (E4)', () => {
    const source = ts.createSourceFile('start-app.ts', readFileSync(join(REPO_ROOT, 'electron/shell/start-app.ts'), 'utf8'), ts.ScriptTarget.Latest);
    const calls: string[] = [];
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node)) calls.push(node.expression.getText(source));
      ts.forEachChild(node, visit);
    };
    visit(source);
    expect(calls).toContain('app.enableSandbox');
    // preparePlatform waits for `ready` (platform-startup.ts); the sandbox must be on before.
    expect(calls).toContain('preparePlatform');
    expect(calls.indexOf('app.enableSandbox')).toBeLessThan(calls.indexOf('preparePlatform'));
    expect(readFileSync(join(REPO_ROOT, 'electron/shell/platform-startup.ts'), 'utf8')).toMatch(/app\.whenReady\(\)/);
    // main.ts → shell/launch.ts → startApp: nothing else runs first.
    expect(readFileSync(join(REPO_ROOT, 'electron/main.ts'), 'utf8')).toMatch(/\blaunch\(\)/);
    expect(readFileSync(join(REPO_ROOT, 'electron/shell/launch.ts'), 'utf8')).toMatch(/startApp\(/);
  });
});

describe('ESLint refuses a planted violation in each folder', () => {
  const eslint = new ESLint({ cwd: REPO_ROOT });
  const lint = async (path: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath: join(REPO_ROOT, path) });
    return (result?.messages ?? []).map((m) => m.ruleId);
  };
  const ELECTRON = "import { app } from 'electron';\nexport const name = app.name;\n";
  const NODE_FS = "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n";

  it.each([
    ['electron/core/planted.ts', ELECTRON],
    ['electron/adapters/planted.ts', ELECTRON],
    ['electron/bridge/planted.ts', ELECTRON],
    ['renderer/planted.tsx', ELECTRON],
    ['renderer/planted.ts', NODE_FS],
    ['shared/planted.ts', ELECTRON],
    ['shared/planted.ts', NODE_FS],
    ['electron/core/planted.ts', "import { google } from 'googleapis';\nexport const g = google;\n"],
    ['electron/core/planted.ts', "import keytar from 'keytar';\nexport const k = keytar;\n"],
    ['electron/core/planted.ts', "import { startEmulator } from '@quickmeet/emulator';\nexport const s = startEmulator;\n"],
    ['electron/host/planted.ts', "import { startEmulator } from '@quickmeet/emulator';\nexport const s = startEmulator;\n"],
    ['packages/emulator/src/planted.ts', "import { AppError } from '../../../shared/ipc/result';\nexport const E = AppError;\n"],
    ['packages/emulator/src/planted.ts', "import { systemClock } from '../../../electron/core/ports/clock';\nexport const c = systemClock;\n"],
  ])('%s: %s', async (path, code) => {
    expect((await lint(path, code)).some((rule) => /(^|\/)no-restricted-imports$/.test(rule ?? ''))).toBe(true);
  });

  it('lets the app name the emulator’s types, and load it with import()', async () => {
    const code = "import type { RunningEmulator } from '@quickmeet/emulator';\nexport const load = async (): Promise<RunningEmulator> => (await import('@quickmeet/emulator')).startEmulator();\n";
    expect(await lint('electron/host/planted.ts', code)).toEqual([]);
  });

  it('allows electron in the shell (the control case)', async () => {
    expect(await lint('electron/shell/planted.ts', ELECTRON)).toEqual([]);
  });

  it('bans shell.openExternal outside the Electron UrlOpener', async () => {
    const code = "declare const shell: { openExternal(url: string): Promise<void> };\nexport const open = (u: string) => shell.openExternal(u);\n";
    expect(await lint('electron/shell/planted.ts', code)).toContain('no-restricted-properties');
    expect(await lint('electron/shell/electron-url-opener.ts', code)).toEqual([]);
  });
});

describe('per-folder tsconfigs refuse Node types where they do not belong', () => {
  const PLANTED = "import { readFileSync } from 'node:fs';\nexport const platform: string = process.platform;\nexport const read = readFileSync;\n";

  /** Type-checks one in-memory file as if it lived in `folder`, with that folder's tsconfig. */
  const diagnosticsIn = (folder: string): number[] => {
    const parsed = ts.getParsedCommandLineOfConfigFile(join(REPO_ROOT, folder, 'tsconfig.json'), {}, {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    });
    if (!parsed) throw new Error(`cannot read ${folder}/tsconfig.json`);
    const planted = join(REPO_ROOT, folder, '__planted__.ts');
    const options = { ...parsed.options, composite: false, noEmit: true, emitDeclarationOnly: false, declaration: false, incremental: false };
    const host = ts.createCompilerHost(options);
    const getSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (name, version, onError) =>
      name === planted ? ts.createSourceFile(name, PLANTED, version) : getSourceFile(name, version, onError);
    const fileExists = host.fileExists.bind(host);
    host.fileExists = (name) => name === planted || fileExists(name);
    const program = ts.createProgram([planted], options, host);
    return ts.getPreEmitDiagnostics(program).filter((d) => d.file?.fileName === planted).map((d) => d.code);
  };

  it.each(['shared', 'renderer'])('%s/ cannot see node:fs or process', (folder) => {
    const codes = diagnosticsIn(folder);
    // 2307/2591: cannot find module 'node:fs'; 2580/2591: cannot find name 'process' (no Node types).
    expect(codes).toHaveLength(2);
    expect(codes.every((c) => [2307, 2580, 2591].includes(c))).toBe(true);
  });

  it('electron/ can (the control case)', () => {
    expect(diagnosticsIn('electron')).toEqual([]);
  });
});
