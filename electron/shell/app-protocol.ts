import type { CustomScheme } from 'electron';
import { readFile } from 'node:fs/promises';
import { resolveBundledFile } from '../adapters/bundle-file-resolver';
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

/** The `protocol.handle` handler for the app scheme: bundled files with the security headers, 404 otherwise. */
export function createAppProtocolHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || !isAppUrl(request.url)) return notFound();
    const file = await resolveBundledFile(root, new URL(request.url).pathname);
    if (file === undefined) return notFound();
    const headers = { ...SECURITY_HEADERS, 'Content-Type': file.contentType };
    return new Response(request.method === 'HEAD' ? null : await readFile(file.path), { status: 200, headers });
  };
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain' } });
}
