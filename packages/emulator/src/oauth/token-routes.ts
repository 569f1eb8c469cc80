/**
 * `/token`: the authorization_code grant (PKCE verified, client_secret required as Google requires
 * it for Desktop clients, single-use expiring codes, matching redirect_uri) and the refresh_token grant.
 */
import type { EmulatorContext } from '../emulator-context';
import { jsonReply, type Reply } from '../http/reply';
import { parseFormBody } from '../http/request-body';
import type { RequestContext, Route } from '../http/route';
import { OAuthError } from './oauth-error';
import { verifierMatches } from './pkce';
import { splitScopes, normalizeScope } from './scopes';
import { tokenDigest, type MintedTokens } from './token-service';

/** Reads the form; a repeated parameter is an error (RFC 6749 §3.2). */
function readForm(ctx: RequestContext): (name: string) => string | undefined {
  const form = parseFormBody(ctx.body, ctx.headers['content-type']);
  return (name) => {
    const values = form.get(name);
    if (values !== undefined && values.length > 1) throw new OAuthError('invalid_request', `Duplicate parameter: ${name}`);
    const value = values?.[0];
    return value === '' ? undefined : value;
  };
}

/** The client's id and secret, from the form or HTTP Basic. */
function clientCredentials(ctx: RequestContext, param: (name: string) => string | undefined): { id?: string; secret?: string } {
  const header = ctx.headers.authorization;
  if (typeof header === 'string' && /^Basic\s+/i.test(header)) {
    const decoded = Buffer.from(header.replace(/^Basic\s+/i, ''), 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon > 0) return { id: decodeURIComponent(decoded.slice(0, colon)), secret: decodeURIComponent(decoded.slice(colon + 1)) };
  }
  return { id: param('client_id'), secret: param('client_secret') };
}

const tokenReply = (minted: MintedTokens): Reply =>
  jsonReply(
    {
      access_token: minted.accessToken,
      expires_in: minted.expiresIn,
      ...(minted.refreshToken === undefined ? {} : { refresh_token: minted.refreshToken }),
      scope: minted.scopes.join(' '),
      token_type: 'Bearer',
    },
    200,
    { 'cache-control': 'no-store', pragma: 'no-cache' },
  );

/** The grant type of a token request, for the request log. */
export const grantTypeOf = (ctx: RequestContext): string | undefined => parseFormBody(ctx.body, ctx.headers['content-type']).get('grant_type')?.[0];

/** The token endpoint route. */
export function tokenRoutes(emu: EmulatorContext): Route[] {
  const authenticateClient = (ctx: RequestContext, param: (name: string) => string | undefined): string => {
    const { id, secret } = clientCredentials(ctx, param);
    if (id === undefined) throw new OAuthError('invalid_request', 'Missing required parameter: client_id');
    const client = emu.settings.clients.find((c) => c.clientId === id);
    if (client === undefined) throw new OAuthError('invalid_client', 'The OAuth client was not found.');
    if (secret === undefined) throw new OAuthError('invalid_request', 'client_secret is missing.');
    if (secret !== client.clientSecret) throw new OAuthError('invalid_client', 'Unauthorized');
    return client.clientId;
  };

  const exchangeCode = (clientId: string, param: (name: string) => string | undefined): Reply => {
    const value = param('code');
    if (value === undefined) throw new OAuthError('invalid_request', 'Missing required parameter: code');
    const code = emu.tokens.findCode(value);
    if (code === undefined) throw new OAuthError('invalid_grant', 'Malformed auth code.');
    if (code.used) {
      // RFC 6749 §4.1.2: a replayed code is refused and what it minted is revoked.
      emu.tokens.revokeMintedFrom(code);
      throw new OAuthError('invalid_grant', 'Bad Request');
    }
    if (code.expiresAt <= emu.clock.now()) throw new OAuthError('invalid_grant', 'Bad Request');
    if (code.clientId !== clientId) throw new OAuthError('invalid_grant', 'The authorization code was issued to another client.');
    if (param('redirect_uri') !== code.redirectUri) throw new OAuthError('invalid_grant', 'redirect_uri does not match the one in the authorization request.');
    const verifier = param('code_verifier');
    if (code.codeChallenge !== undefined) {
      if (verifier === undefined) throw new OAuthError('invalid_grant', 'Missing code verifier.');
      if (!verifierMatches(verifier, code.codeChallenge, code.codeChallengeMethod ?? 'plain')) throw new OAuthError('invalid_grant', 'Invalid code verifier.');
    }
    emu.tokens.consumeCode(code);
    const minted = emu.tokens.mint(code.email, code.clientId, code.scopes, code.issueRefreshToken);
    code.mintedTokens.push(...[minted.accessToken, minted.refreshToken].filter((t) => t !== undefined).map(tokenDigest));
    return tokenReply(minted);
  };

  const refresh = (clientId: string, param: (name: string) => string | undefined): Reply => {
    const value = param('refresh_token');
    if (value === undefined) throw new OAuthError('invalid_request', 'Missing required parameter: refresh_token');
    const stored = emu.tokens.liveRefresh(value);
    if (stored === undefined) throw new OAuthError('invalid_grant', 'Token has been expired or revoked.');
    if (stored.clientId !== clientId) throw new OAuthError('unauthorized_client', 'Unauthorized');
    const requested = param('scope');
    const granted = emu.tokens.grantedScopes(stored);
    let scopes = granted;
    if (requested !== undefined) {
      scopes = splitScopes(requested).map((s) => normalizeScope(s) ?? s);
      if (scopes.some((s) => !granted.includes(s))) throw new OAuthError('invalid_scope', 'Some requested scopes were not granted.');
    }
    return tokenReply(emu.tokens.refresh(stored, scopes));
  };

  return [
    {
      verb: 'POST',
      pattern: /^\/token$/,
      id: 'oauth.token',
      family: 'oauth',
      handle(ctx) {
        const param = readForm(ctx);
        const grantType = param('grant_type');
        if (grantType === undefined) throw new OAuthError('invalid_request', 'Missing required parameter: grant_type');
        if (grantType !== 'authorization_code' && grantType !== 'refresh_token') throw new OAuthError('unsupported_grant_type', `Invalid grant_type: ${grantType}`);
        const clientId = authenticateClient(ctx, param);
        return grantType === 'authorization_code' ? exchangeCode(clientId, param) : refresh(clientId, param);
      },
    },
  ];
}
