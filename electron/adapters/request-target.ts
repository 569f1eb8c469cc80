import type { IncomingMessage } from 'node:http';

/**
 * True when the request target is in origin-form (`/path?query`, RFC 9112 §3.2.1), the only form a
 * server that is not a proxy should accept. An absolute-form target (`http://host/path`, §3.2.2),
 * the asterisk form or a network-path `//host/…` would let the target name another authority than
 * the checked Host header, and `new URL(target, base)` would follow it.
 */
export function isOriginForm(request: Pick<IncomingMessage, 'url'>): boolean {
  const target = request.url ?? '';
  return target.startsWith('/') && !target.startsWith('//');
}
