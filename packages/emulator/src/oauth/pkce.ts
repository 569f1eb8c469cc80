/** RFC 7636 PKCE verification on the server side. */
import { createHash, timingSafeEqual } from 'node:crypto';

const VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;

/** BASE64URL(SHA-256(ASCII(verifier))), unpadded. */
export const s256Challenge = (verifier: string): string => createHash('sha256').update(verifier, 'ascii').digest('base64url');

/** Whether a verifier matches the challenge sent with the authorization request. */
export function verifierMatches(verifier: string, challenge: string, method: 'S256' | 'plain'): boolean {
  if (!VERIFIER.test(verifier)) return false;
  const computed = Buffer.from(method === 'S256' ? s256Challenge(verifier) : verifier);
  const expected = Buffer.from(challenge);
  return computed.length === expected.length && timingSafeEqual(computed, expected);
}
