import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPkcePair, s256Challenge, verifierFromOctets } from '../../../electron/core/auth/pkce';

describe('PKCE S256 (O4)', () => {
  it('matches the RFC 7636 Appendix B test vector', () => {
    const octets = Uint8Array.from([
      116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186, 22, 212, 37, 77, 105, 214, 191, 240, 91, 88, 5, 88, 83, 132, 141, 121,
    ]);
    const verifier = verifierFromOctets(octets);
    expect(verifier).toBe('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk');
    expect(s256Challenge(verifier)).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('always yields a 43–128 character verifier from the unreserved set, and its challenge', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (octets) => {
        const pair = createPkcePair(() => octets);
        expect(pair.verifier).toMatch(/^[A-Za-z0-9\-._~]{43,128}$/);
        expect(pair.challenge).toBe(s256Challenge(pair.verifier));
        expect(pair.challenge).toMatch(/^[A-Za-z0-9\-_]{43}$/);
      }),
    );
  });

  it('draws a new verifier for every flow', () => {
    expect(createPkcePair().verifier).not.toBe(createPkcePair().verifier);
  });
});
