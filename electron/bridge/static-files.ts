import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

/** Path under which the page-side bridge script is served. */
export const BRIDGE_PRELOAD_PATH = '/bridge-preload.js';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** A file to send, or undefined for a 404. */
export interface StaticFile {
  readonly body: Buffer;
  readonly contentType: string;
}

/** Where the built renderer and the page-side preload live. */
export interface StaticRoots {
  readonly rendererDir: string;
  readonly preloadFile: string;
}

/**
 * Resolves a request path to a built file. Only files inside `rendererDir` are served (no `..`,
 * encoded or not, no NUL); `index.html` gets the bridge preload script injected before the app.
 */
export async function loadStaticFile(roots: StaticRoots, urlPath: string): Promise<StaticFile | undefined> {
  if (urlPath === BRIDGE_PRELOAD_PATH) return read(roots.preloadFile);
  const relative = safeRelativePath(urlPath === '/' ? '/index.html' : urlPath);
  if (relative === undefined) return undefined;
  const file = await read(join(roots.rendererDir, relative));
  if (file === undefined || relative !== 'index.html') return file;
  return { ...file, body: Buffer.from(injectPreload(file.body.toString('utf8'))) };
}

/** Inserts the bridge preload as a classic script, so `window.quickmeet` exists before the app module runs. */
export function injectPreload(html: string): string {
  const tag = `<script src=".${BRIDGE_PRELOAD_PATH}"></script>`;
  const at = html.indexOf('<script');
  return at === -1 ? html.replace('</head>', `${tag}</head>`) : `${html.slice(0, at)}${tag}\n    ${html.slice(at)}`;
}

function safeRelativePath(urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const normalised = normalize(decoded).replace(/^[/]+/, '');
  if (normalised.startsWith('..') || normalised.split(sep).includes('..')) return undefined;
  return normalised;
}

async function read(path: string): Promise<StaticFile | undefined> {
  try {
    return { body: await readFile(path), contentType: CONTENT_TYPES[extname(path)] ?? 'application/octet-stream' };
  } catch {
    return undefined;
  }
}
