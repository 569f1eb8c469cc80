import { createHash, randomBytes } from 'node:crypto';

/** A PKCE verifier and its S256 challenge (RFC 7636 §4.1–4.2). */
export interface PkcePair {
  readonly verifier: string;
  readonly challenge: string;
}

/** BASE64URL(SHA-256(ASCII(verifier))), without padding. */
export function s256Challenge(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}

/** The verifier for given random octets: base64url without padding (32 octets → 43 characters). */
export function verifierFromOctets(octets: Uint8Array): string {
  return Buffer.from(octets).toString('base64url');
}

/** A fresh pair from 32 random octets, as RFC 7636 §4.1 recommends; one per flow. */
export function createPkcePair(random: (size: number) => Uint8Array = randomBytes): PkcePair {
  const verifier = verifierFromOctets(random(32));
  return { verifier, challenge: s256Challenge(verifier) };
}
