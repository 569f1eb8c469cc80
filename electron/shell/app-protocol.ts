import type { CustomScheme } from 'electron';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import { APP_SCHEME, isAppUrl } from './app-origin';
import { RENDERER_SECURITY_HEADERS as SECURITY_HEADERS } from '../../shared/security/content-security-policy';

/**
 * How the app scheme is registered: a standard, secure origin (so CSP 'self', fetch and storage work);
 * it does not bypass CSP and gets no extra privileges.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = Object.freeze({
  scheme: APP_SCHEME,
  privileges: Object.freeze({ standard: true, secure: true, supportFetchAPI: true, bypassCSP: false, corsEnabled: false }),
});

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * Maps a URL path to a file inside `root`, or undefined. Refuses encoded or literal `.`/`..` segments,
 * encoded slashes, backslashes, NUL and empty segments; the real path (symlinks resolved) must stay in `root`.
 */
export async function resolveBundledFile(root: string, urlPath: string): Promise<string | undefined> {
  const segments = decodeSegments(urlPath === '/' ? '/index.html' : urlPath);
  if (segments === undefined) return undefined;
  try {
    const realRoot = await realpath(root);
    const real = await realpath(join(realRoot, ...segments));
    if (!real.startsWith(realRoot + sep)) return undefined;
    return (await stat(real)).isFile() ? real : undefined;
  } catch {
    return undefined;
  }
}

function decodeSegments(urlPath: string): string[] | undefined {
  if (!urlPath.startsWith('/')) return undefined;
  const segments: string[] = [];
  for (const raw of urlPath.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    if (segment === '' || segment === '.' || segment === '..') return undefined;
    if (/[/\\\0:]/.test(segment)) return undefined;
    segments.push(segment);
  }
  return segments;
}

/** The `protocol.handle` handler for the app scheme: bundled files with the security headers, 404 otherwise. */
export function createAppProtocolHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || !isAppUrl(request.url)) return notFound();
    const file = await resolveBundledFile(root, new URL(request.url).pathname);
    if (file === undefined) return notFound();
    const headers = { ...SECURITY_HEADERS, 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' };
    return new Response(request.method === 'HEAD' ? null : await readFile(file), { status: 200, headers });
  };
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain' } });
}
