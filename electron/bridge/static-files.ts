import { readFile } from 'node:fs/promises';
import { contentTypeOf, resolveBundledFile } from '../adapters/bundle-file-resolver';

/** Path under which the page-side bridge script is served. */
export const BRIDGE_PRELOAD_PATH = '/bridge-preload.js';

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
 * Resolves a request path to a built file, by the same rules as the app:// protocol: only real files
 * inside `rendererDir` (no `..`, encoded or not, no NUL, no symlink leading out); `index.html` gets the
 * bridge preload script injected before the app.
 */
export async function loadStaticFile(roots: StaticRoots, urlPath: string): Promise<StaticFile | undefined> {
  if (urlPath === BRIDGE_PRELOAD_PATH) return read(roots.preloadFile);
  const bundled = await resolveBundledFile(roots.rendererDir, urlPath);
  if (bundled === undefined) return undefined;
  const file = await read(bundled.path);
  if (file === undefined || bundled.relativePath !== 'index.html') return file;
  return { ...file, body: Buffer.from(injectPreload(file.body.toString('utf8'))) };
}

/** Inserts the bridge preload as a classic script, so `window.quickmeet` exists before the app module runs. */
export function injectPreload(html: string): string {
  const tag = `<script src=".${BRIDGE_PRELOAD_PATH}"></script>`;
  const at = html.indexOf('<script');
  return at === -1 ? html.replace('</head>', `${tag}</head>`) : `${html.slice(0, at)}${tag}\n    ${html.slice(at)}`;
}

async function read(path: string): Promise<StaticFile | undefined> {
  try {
    return { body: await readFile(path), contentType: contentTypeOf(path) };
  } catch {
    return undefined;
  }
}
