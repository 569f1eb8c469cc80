import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveBundledFile } from '../../electron/adapters/bundle-file-resolver';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from '../../electron/shell/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy';

let root: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(() => {
  const base = mkdtempSync(join(tmpdir(), 'quickmeet-protocol-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Quickmeet</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(base, 'secret.txt'), 'outside the bundle');
  symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'link-out.js'));
  symlinkSync(base, join(root, 'up'));
  symlinkSync(join(root, 'assets', 'app.js'), join(root, 'assets', 'link-in.js'));
  handle = createAppProtocolHandler(root);
});

const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

describe('app:// protocol handler (E18)', () => {
  it('serves the bundle with the CSP and nosniff headers and the right type', async () => {
    const response = await get('app://bundle/index.html?cache=1#top');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Quickmeet</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await get('app://bundle/')).status).toBe(200);
    expect((await get('app://bundle/assets/app.js')).headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it('follows a symlink that stays inside the bundle', async () => {
    expect(await (await get('app://bundle/assets/link-in.js')).text()).toBe('console.log(1)');
  });

  it.each([
    'app://bundle/../secret.txt',
    'app://bundle/%2e%2e/secret.txt',
    'app://bundle/assets/%2E%2E/%2e%2e/secret.txt',
    'app://bundle/..%2fsecret.txt',
    'app://bundle/..%5csecret.txt',
    'app://bundle/assets/link-out.js',
    'app://bundle/up/secret.txt',
    'app://bundle/index.html%00.js',
    'app://bundle//etc/passwd',
    'app://bundle/%2Fetc%2Fpasswd',
    'app://bundle/C:%5cWindows%5cwin.ini',
    'app://bundle/assets',
    'app://bundle/missing.js',
    'app://bundle/%E0%A4%A',
    'app://other/index.html',
    'app://bundle:8080/index.html',
  ])('answers 404 for %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('outside the bundle');
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://bundle/index.html', 'POST')).status).toBe(404);
    expect((await get('app://bundle/index.html', 'HEAD')).status).toBe(200);
  });

  it.each(['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/./index.html', '/a\0b', 'index.html', '/' + root + '/index.html'])(
    'resolves no file for the raw path %s',
    async (path) => {
      expect(await resolveBundledFile(root, path)).toBeUndefined();
    },
  );

  it('registers a standard, secure scheme that does not bypass CSP', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true, bypassCSP: false, corsEnabled: false },
    });
  });
});
