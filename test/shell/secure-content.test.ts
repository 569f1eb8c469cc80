import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl } from '../../electron/shell/app-origin';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy';
import { REPO_ROOT, repoPath, sourceFiles } from './source-files';

/** The CSP as directive → sources. */
const directives = new Map(
  CONTENT_SECURITY_POLICY.split(';').map((part) => {
    const [name, ...sources] = part.trim().split(/\s+/);
    return [name!, sources] as const;
  }),
);

/** Plain-http and plain-ws URL literals, except the loopback IP literals the demo emulator uses. */
const INSECURE_URL = /\b(?:http|ws):\/\/(?!127\.0\.0\.1[:/]|\[::1\][:/])[^\s'"`)]+/g;

/** Every file of the built renderer, if it has been built. */
function builtRendererFiles(): string[] {
  const root = join(REPO_ROOT, 'dist', 'renderer');
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(?:js|html|css)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('only secure content (E1) and no <webview> (E11)', () => {
  it('loads the window from the app’s own scheme, and from nowhere else', () => {
    expect(APP_ENTRY_URL).toBe('app://bundle/index.html');
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    const loads = sourceFiles(['electron']).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\.(loadURL|loadFile)\(([^)]*)\)/g)].map((m) => `${repoPath(file)}: ${m[1]}(${m[2]})`),
    );
    expect(loads).toEqual(['electron/shell/main-window.ts: loadURL(APP_ENTRY_URL)']);
  });

  it('has a CSP whose every source is the app itself (data: for images only), with no scheme or wildcard sources', () => {
    for (const [name, sources] of directives) {
      for (const source of sources) {
        const allowed = ["'self'", "'none'", ...(name === 'img-src' ? ['data:'] : [])];
        expect(allowed, `${name} ${source}`).toContain(source);
      }
    }
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'none'"]);
  });

  it('names no plain http or ws origin in the shell, preload, renderer or shared code, loopback aside', () => {
    const files = [...sourceFiles(['electron/shell', 'electron/preload', 'renderer', 'shared']), join(REPO_ROOT, 'renderer', 'index.html')];
    const found = files.flatMap((file) =>
      (readFileSync(file, 'utf8').match(INSECURE_URL) ?? []).map((url) => `${repoPath(file)}: ${url}`),
    );
    expect(found).toEqual([]);
  });

  it('uses no <webview> in the renderer sources or the built bundle', () => {
    const files = [...sourceFiles(['renderer']), ...builtRendererFiles()];
    expect(files.length).toBeGreaterThan(0);
    const withWebview = files.filter((file) => /<webview\b|createElement\(\s*['"]webview['"]/i.test(readFileSync(file, 'utf8')));
    expect(withWebview.map(repoPath)).toEqual([]);
  });
});
