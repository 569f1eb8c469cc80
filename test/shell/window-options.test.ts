import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SECURE_WEB_PREFERENCES, mainWindowOptions } from '../../electron/shell/window-options';
import { repoPath, sourceFiles } from './source-files';

describe('window options (E2–E4, E6, E8–E11)', () => {
  it('turn every Node and insecure switch off, and isolation, sandbox and web security on', () => {
    expect(SECURE_WEB_PREFERENCES).toMatchObject({
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      contextIsolation: true,
      sandbox: true,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
    expect(SECURE_WEB_PREFERENCES).not.toHaveProperty('enableBlinkFeatures');
    expect(Object.isFrozen(SECURE_WEB_PREFERENCES)).toBe(true);
  });

  it.each(['tray-popup', 'fallback-window'] as const)('are what the %s window is built with, plus the preload only', (mode) => {
    const prefs = mainWindowOptions(mode, '/app/preload.cjs').webPreferences;
    expect(prefs).toEqual({ ...SECURE_WEB_PREFERENCES, preload: '/app/preload.cjs' });
  });

  it('come from one place: only main-window.ts constructs a BrowserWindow', () => {
    const constructing = sourceFiles(['electron', 'renderer', 'shared']).filter((file) =>
      /new\s+(?:\w+\.)?BrowserWindow\s*\(/.test(readFileSync(file, 'utf8')),
    );
    expect(constructing.map(repoPath)).toEqual(['electron/shell/main-window.ts']);
    expect(readFileSync(constructing[0]!, 'utf8')).toMatch(/new BrowserWindow\(mainWindowOptions\(/);
  });
});
