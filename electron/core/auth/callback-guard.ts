import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { CallbackVerdict } from '../ports/redirect-listener';

const CODE_PATTERN = /^[\w\-./~+]{1,2048}$/;
const ERROR_PATTERN = /^[\w.-]{1,100}$/;

/** A high-entropy `state` value for one authorization request (RFC 8252 §8.9). */
export function createOAuthState(): string {
  return randomBytes(32).toString('base64url');
}

function sameState(expected: string, received: string | null): boolean {
  if (received === null) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(received);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Judges loopback callbacks for one flow: the `state` must match, and only the first callback that
 * carries a code or an error counts; everything else gets a 400 page and the flow keeps waiting.
 */
export function createCallbackGuard(expectedState: string): (query: URLSearchParams) => CallbackVerdict {
  let used = false;
  return (query) => {
    if (used) return { accept: false, reason: 'This sign-in has already been completed.' };
    if (query.getAll('state').length !== 1 || !sameState(expectedState, query.get('state'))) {
      return { accept: false, reason: 'This sign-in link does not belong to the sign-in in progress.' };
    }
    const error = query.get('error');
    if (error !== null) {
      used = true;
      const description = query.get('error_description')?.slice(0, 300);
      const safeError = ERROR_PATTERN.test(error) ? error : 'invalid_error';
      return { accept: true, outcome: description ? { kind: 'error', error: safeError, description } : { kind: 'error', error: safeError } };
    }
    const code = query.get('code');
    if (code === null || query.getAll('code').length !== 1 || !CODE_PATTERN.test(code)) {
      return { accept: false, reason: 'The sign-in answer has no usable code.' };
    }
    used = true;
    return { accept: true, outcome: { kind: 'code', code } };
  };
}
