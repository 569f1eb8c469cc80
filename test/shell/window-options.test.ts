import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mainWindowOptions, type WindowMode } from '../../electron/shell/window-options';
import { repoPath, sourceFiles } from './source-files';

/** Electron's web preferences, as the window options carry them (tests may not import `electron`). */
type WebPreferences = NonNullable<ReturnType<typeof mainWindowOptions>['webPreferences']>;

/**
 * Electron's security checklist (https://www.electronjs.org/docs/latest/tutorial/security), the rules
 * that are decided by a window's web preferences. Each rule reads the preferences a window is really
 * built with, with Electron's own default for a key left out, so an unset key is judged by what
 * Electron would do with it, not by whether it was typed.
 */
const CHECKLIST: ReadonlyArray<{ readonly id: string; readonly rule: string; readonly holds: (prefs: WebPreferences) => boolean }> = [
  {
    id: 'E2',
    rule: 'no Node.js in the page, its workers or its frames',
    // All three default to false.
    holds: (p) => p.nodeIntegration !== true && p.nodeIntegrationInWorker !== true && p.nodeIntegrationInSubFrames !== true,
  },
  // Defaults to true since Electron 12.
  { id: 'E3', rule: 'context isolation', holds: (p) => p.contextIsolation !== false },
  // The default (sandboxed since Electron 20) does not hold for every window, so the app must say so.
  { id: 'E4', rule: 'process sandbox', holds: (p) => p.sandbox === true },
  { id: 'E6', rule: 'web security on', holds: (p) => p.webSecurity !== false },
  { id: 'E8', rule: 'no insecure (http) content on an https page', holds: (p) => p.allowRunningInsecureContent !== true },
  { id: 'E9', rule: 'no experimental Chromium features', holds: (p) => p.experimentalFeatures !== true },
  { id: 'E10', rule: 'no Blink features switched on', holds: (p) => p.enableBlinkFeatures === undefined || p.enableBlinkFeatures === '' },
  { id: 'E11', rule: 'no <webview>', holds: (p) => p.webviewTag !== true },
  {
    id: 'E13',
    rule: 'no navigation by dropping a file or link on the window, no middle-click new windows',
    holds: (p) => p.navigateOnDragDrop !== true && (p.disableBlinkFeatures ?? '').split(',').includes('Auxclick'),
  },
];

/** The checklist rules `prefs` breaks, by id. */
const broken = (prefs: WebPreferences) => CHECKLIST.filter((item) => !item.holds(prefs)).map((item) => item.id);

const MODES: ReadonlyArray<WindowMode> = ['tray-popup', 'fallback-window'];
const PRELOAD = '/app/preload.cjs';

describe('window options against Electron’s security checklist (E2–E4, E6, E8–E11, E13)', () => {
  it.each(MODES)('the %s window breaks no rule', (mode) => {
    expect(broken(mainWindowOptions(mode, PRELOAD).webPreferences ?? {})).toEqual([]);
  });

  it.each(MODES)('the %s window runs exactly the given preload, and no extra arguments reach its renderer', (mode) => {
    const prefs = mainWindowOptions(mode, PRELOAD).webPreferences ?? {};
    expect(prefs.preload).toBe(PRELOAD);
    expect(prefs).not.toHaveProperty('additionalArguments');
  });

  // The rules can fail: each insecure switch, planted in otherwise good preferences, is caught by its rule.
  it.each([
    ['E2', { nodeIntegration: true }],
    ['E2', { nodeIntegrationInWorker: true }],
    ['E2', { nodeIntegrationInSubFrames: true }],
    ['E3', { contextIsolation: false }],
    ['E4', { sandbox: false }],
    ['E4', { sandbox: undefined }],
    ['E6', { webSecurity: false }],
    ['E8', { allowRunningInsecureContent: true }],
    ['E9', { experimentalFeatures: true }],
    ['E10', { enableBlinkFeatures: 'CSSVariables' }],
    ['E11', { webviewTag: true }],
    ['E13', { navigateOnDragDrop: true }],
    ['E13', { disableBlinkFeatures: undefined }],
  ] as const)('a window with %s broken (%j) is caught', (id, planted) => {
    const prefs = { ...mainWindowOptions('tray-popup', PRELOAD).webPreferences, ...planted };
    expect(broken(prefs)).toEqual([id]);
  });

  it('come from one place: only main-window.ts constructs a BrowserWindow', () => {
    const constructing = sourceFiles(['electron', 'renderer', 'shared']).filter((file) =>
      /new\s+(?:\w+\.)?BrowserWindow\s*\(/.test(readFileSync(file, 'utf8')),
    );
    expect(constructing.map(repoPath)).toEqual(['electron/shell/main-window.ts']);
    expect(readFileSync(constructing[0]!, 'utf8')).toMatch(/new BrowserWindow\(mainWindowOptions\(/);
  });
});
