import { realpath, stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';

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

/** The Content-Type a bundled file is served with (sent with nosniff, so it must be right). */
export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** A file of the built renderer that a URL path names. */
export interface BundledFile {
  /** Absolute real path (symlinks resolved), inside the bundle. */
  readonly path: string;
  /** The URL's segments joined with `/`, e.g. `index.html` or `assets/app.js`. */
  readonly relativePath: string;
  readonly contentType: string;
}

/**
 * Maps a URL path to a file inside `root`, or undefined; `/` means `/index.html`. Refuses encoded or
 * literal `.`/`..` segments, encoded slashes, backslashes, colons, NUL and empty segments; and the real
 * path (symlinks resolved) must stay inside the real root, so a link cannot lead out of the bundle.
 * Shared by both hosts: the app:// protocol of the shell and the bridge's HTTP server.
 */
export async function resolveBundledFile(root: string, urlPath: string): Promise<BundledFile | undefined> {
  const segments = decodeSegments(urlPath === '/' ? '/index.html' : urlPath);
  if (segments === undefined) return undefined;
  try {
    const realRoot = await realpath(root);
    const real = await realpath(join(realRoot, ...segments));
    if (!real.startsWith(realRoot + sep)) return undefined;
    if (!(await stat(real)).isFile()) return undefined;
    return { path: real, relativePath: segments.join('/'), contentType: contentTypeOf(real) };
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
