/**
 * Issues, checks and revokes authorization codes, access tokens and refresh tokens, on the
 * emulator clock. Enforces Google's cap of live refresh tokens per account and client.
 */
import { createHash } from 'node:crypto';
import type { EmulatorClock } from '../clock/emulator-clock';
import { newAccessToken, newAuthCode, newRefreshToken } from '../ids';
import type { EmulatorState, StoredAccessToken, StoredAuthCode, StoredRefreshToken } from '../state/emulator-state';

/** Authorization codes live for minutes, like Google's. */
export const AUTH_CODE_TTL_MS = 5 * 60_000;

/** Limits that the emulator's options set. */
export interface TokenLimits {
  readonly accessTokenTtlSeconds: number;
  readonly refreshTokenCap: number;
}

/** The token grant an access token carries, as the Meet routes see it. */
export interface Grant {
  readonly email: string;
  readonly clientId: string;
  readonly scopes: ReadonlyArray<string>;
  readonly expiresAt: number;
}

/** Why a bearer token was refused. */
export type BearerProblem = 'missing' | 'unknown' | 'expired' | 'revoked';

/** A minted access token (and maybe a refresh token). */
export interface MintedTokens {
  readonly accessToken: string;
  readonly expiresIn: number;
  readonly scopes: ReadonlyArray<string>;
  readonly refreshToken?: string;
}

/** Creates the token service over the shared state. */
export function createTokenService(
  state: EmulatorState,
  clock: EmulatorClock,
  limits: TokenLimits,
  changed: () => void,
  /** Told when an account revokes a client's grant (Workspace Events suspends its subscriptions). */
  onRevoked: (email: string, clientId: string | undefined) => void = () => undefined,
) {
  // Like a real server, the state (and its file in demo mode) holds only digests of tokens, never the tokens.
  const refreshByToken = (token: string): StoredRefreshToken | undefined => {
    const hash = tokenDigest(token);
    return state.refreshTokens.find((r) => r.token === hash);
  };
  const accessByToken = (token: string): StoredAccessToken | undefined => {
    const hash = tokenDigest(token);
    return state.accessTokens.find((a) => a.token === hash);
  };
  const refreshByDigest = (hash: string): StoredRefreshToken | undefined => state.refreshTokens.find((r) => r.token === hash);

  const grantRecord = (email: string, clientId: string) => {
    let grant = state.grants.find((g) => g.email === email && g.clientId === clientId);
    if (grant === undefined) {
      grant = { email, clientId, scopes: [], refreshTokensMinted: 0 };
      state.grants.push(grant);
    }
    return grant;
  };

  const liveRefreshTokens = (email: string, clientId: string): StoredRefreshToken[] =>
    state.refreshTokens.filter((r) => !r.revoked && r.email === email && r.clientId === clientId).sort((a, b) => a.seq - b.seq);

  const revokeRefresh = (refresh: StoredRefreshToken): void => {
    refresh.revoked = true;
    for (const access of state.accessTokens) if (access.refreshToken === refresh.token) access.revoked = true;
  };

  // Expired tokens are dropped lazily so a long demo does not grow without bound.
  const prune = (): void => {
    const now = clock.now();
    state.accessTokens = state.accessTokens.filter((a) => a.expiresAt > now - 86_400_000);
    state.authCodes = state.authCodes.filter((c) => c.expiresAt > now - 86_400_000);
    state.refreshTokens = state.refreshTokens.filter((r) => !r.revoked);
  };

  const mintAccess = (email: string, clientId: string, scopes: ReadonlyArray<string>, refreshToken?: string): [StoredAccessToken, string] => {
    const raw = newAccessToken();
    const access: StoredAccessToken = {
      token: tokenDigest(raw),
      clientId,
      email,
      scopes: [...scopes],
      expiresAt: clock.now() + limits.accessTokenTtlSeconds * 1000,
      revoked: false,
      ...(refreshToken === undefined ? {} : { refreshToken }),
    };
    state.accessTokens.push(access);
    return [access, raw];
  };

  const mintRefresh = (email: string, clientId: string, scopes: ReadonlyArray<string>): [StoredRefreshToken, string] => {
    const raw = newRefreshToken();
    const refresh: StoredRefreshToken = { token: tokenDigest(raw), clientId, email, scopes: [...scopes], createdAt: clock.now(), seq: state.seq++, revoked: false };
    state.refreshTokens.push(refresh);
    grantRecord(email, clientId).refreshTokensMinted += 1;
    // Past the cap the oldest live token silently stops working, as Google does.
    const live = liveRefreshTokens(email, clientId);
    for (const old of live.slice(0, Math.max(0, live.length - limits.refreshTokenCap))) revokeRefresh(old);
    return [refresh, raw];
  };

  return {
    /** Issues tokens directly (control API and code exchange). */
    mint(email: string, clientId: string, scopes: ReadonlyArray<string>, withRefresh: boolean): MintedTokens {
      prune();
      const refresh = withRefresh ? mintRefresh(email, clientId, scopes) : undefined;
      const [access, accessToken] = mintAccess(email, clientId, scopes, refresh?.[0].token);
      changed();
      return {
        accessToken,
        expiresIn: limits.accessTokenTtlSeconds,
        scopes: access.scopes,
        ...(refresh === undefined ? {} : { refreshToken: refresh[1] }),
      };
    },

    /** Records what an account granted a client; returns the union when `include` is set. */
    recordConsent(email: string, clientId: string, scopes: ReadonlyArray<string>, includeGranted: boolean): string[] {
      const grant = grantRecord(email, clientId);
      const merged = includeGranted ? [...new Set([...grant.scopes, ...scopes])] : [...scopes];
      grant.scopes = [...new Set([...grant.scopes, ...scopes])];
      changed();
      return merged;
    },

    /** Whether the account already holds a live refresh token for the client. */
    hasLiveRefreshToken: (email: string, clientId: string): boolean => liveRefreshTokens(email, clientId).length > 0,

    /** Stores a new authorization code. */
    issueCode(fields: Omit<StoredAuthCode, 'code' | 'expiresAt' | 'used' | 'mintedTokens'>): string {
      const code: StoredAuthCode = { ...fields, code: newAuthCode(), expiresAt: clock.now() + AUTH_CODE_TTL_MS, used: false, mintedTokens: [] };
      state.authCodes.push(code);
      changed();
      return code.code;
    },

    /** Finds a code by value, whatever its state. */
    findCode: (code: string): StoredAuthCode | undefined => state.authCodes.find((c) => c.code === code),

    /** Marks a code used; a replayed code revokes what it minted (RFC 6749 §4.1.2). */
    consumeCode(code: StoredAuthCode): void {
      code.used = true;
      changed();
    },

    /** Revokes every token minted from a replayed code. */
    revokeMintedFrom(code: StoredAuthCode): void {
      for (const hash of code.mintedTokens) {
        const refresh = refreshByDigest(hash);
        if (refresh !== undefined) revokeRefresh(refresh);
        const access = state.accessTokens.find((a) => a.token === hash);
        if (access !== undefined) access.revoked = true;
      }
      changed();
    },

    /** The live refresh token record, or undefined when unknown or revoked. */
    liveRefresh(token: string): StoredRefreshToken | undefined {
      const refresh = refreshByToken(token);
      return refresh === undefined || refresh.revoked ? undefined : refresh;
    },

    /**
     * What a refresh token may be exchanged for: the whole grant of its account and client, so a scope
     * added later by incremental consent (`include_granted_scopes`, no new refresh token) is included.
     * Google's refresh tokens stand for the grant, not for the scopes of the consent that minted them.
     */
    grantedScopes(refresh: StoredRefreshToken): string[] {
      const grant = state.grants.find((g) => g.email === refresh.email && g.clientId === refresh.clientId);
      return [...new Set([...refresh.scopes, ...(grant?.scopes ?? [])])];
    },

    /** Issues an access token from a refresh token. */
    refresh(refresh: StoredRefreshToken, scopes: ReadonlyArray<string>): MintedTokens {
      prune();
      const [access, accessToken] = mintAccess(refresh.email, refresh.clientId, scopes, refresh.token);
      changed();
      return { accessToken, expiresIn: limits.accessTokenTtlSeconds, scopes: access.scopes };
    },

    /** Checks a bearer token: the grant, or why it was refused. */
    checkBearer(token: string | undefined): Grant | BearerProblem {
      if (token === undefined || token.length === 0) return 'missing';
      const access = accessByToken(token);
      if (access === undefined) return 'unknown';
      if (access.revoked) return 'revoked';
      if (access.expiresAt <= clock.now()) return 'expired';
      return { email: access.email, clientId: access.clientId, scopes: access.scopes, expiresAt: access.expiresAt };
    },

    /** Revokes an access or refresh token and the whole grant behind it; false when unknown. */
    revoke(token: string): boolean {
      const refresh = refreshByToken(token);
      const access = accessByToken(token);
      // Revoking a dead token is "invalid_token", like revoking one that never existed.
      if (refresh?.revoked !== false && access?.revoked !== false) return false;
      if (refresh !== undefined) revokeRefresh(refresh);
      if (access !== undefined) {
        access.revoked = true;
        const parent = access.refreshToken === undefined ? undefined : refreshByDigest(access.refreshToken);
        if (parent !== undefined) revokeRefresh(parent);
      }
      changed();
      const grant = refresh ?? access!;
      onRevoked(grant.email, grant.clientId);
      return true;
    },

    /** Revokes every refresh token an account holds for a client (or for every client). */
    revokeAll(email: string, clientId?: string): number {
      const targets = state.refreshTokens.filter((r) => !r.revoked && r.email === email && (clientId === undefined || r.clientId === clientId));
      for (const refresh of targets) revokeRefresh(refresh);
      changed();
      if (targets.length > 0) onRevoked(email, clientId);
      return targets.length;
    },

    /** Per account and client: granted scopes, live refresh tokens and how many were ever minted. */
    grants() {
      return state.grants.map((g) => ({
        account: g.email,
        clientId: g.clientId,
        scopes: g.scopes,
        liveRefreshTokens: liveRefreshTokens(g.email, g.clientId).length,
        refreshTokensMinted: g.refreshTokensMinted,
      }));
    },
  };
}

/** The token service's interface. */
export type TokenService = ReturnType<typeof createTokenService>;

/** The stored form of a token: its SHA-256 digest. */
export function tokenDigest(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
