/** `/revoke`, `/tokeninfo` and `/v1/userinfo`. */
import { findAccount } from '../demo-accounts';
import type { EmulatorContext } from '../emulator-context';
import { jsonReply } from '../http/reply';
import { parseFormBody } from '../http/request-body';
import type { RequestContext, Route } from '../http/route';
import { OAuthError } from './oauth-error';
import type { Grant } from './token-service';

const bearerOf = (ctx: RequestContext): string | undefined => {
  const header = ctx.headers.authorization;
  return typeof header === 'string' && /^Bearer\s+/i.test(header) ? header.replace(/^Bearer\s+/i, '').trim() : undefined;
};

/** The identity routes. */
export function identityRoutes(emu: EmulatorContext): Route[] {
  const liveGrant = (token: string | undefined): Grant => {
    const grant = emu.tokens.checkBearer(token);
    if (typeof grant === 'string') throw new OAuthError('invalid_token', grant === 'missing' ? 'Missing access token.' : 'Invalid Value');
    return grant;
  };

  const tokenInfo = (ctx: RequestContext) => {
    const form = parseFormBody(ctx.body, ctx.headers['content-type']);
    const token = ctx.query.get('access_token') ?? form.get('access_token')?.[0] ?? bearerOf(ctx);
    const grant = liveGrant(token ?? undefined);
    const account = findAccount(grant.email);
    return jsonReply({
      azp: grant.clientId,
      aud: grant.clientId,
      sub: account?.user.replace('users/', '') ?? '',
      scope: grant.scopes.join(' '),
      exp: String(Math.floor(grant.expiresAt / 1000)),
      expires_in: String(Math.max(0, Math.floor((grant.expiresAt - emu.clock.now()) / 1000))),
      email: grant.email,
      email_verified: 'true',
      access_type: 'offline',
    });
  };

  const userInfo = (ctx: RequestContext) => {
    const grant = emu.tokens.checkBearer(bearerOf(ctx) ?? ctx.query.get('access_token') ?? undefined);
    if (typeof grant === 'string') {
      return jsonReply({ error: 'invalid_request', error_description: 'Invalid Credentials' }, 401, { 'www-authenticate': 'Bearer error="invalid_token"' });
    }
    const account = findAccount(grant.email);
    return jsonReply({
      sub: account?.user.replace('users/', '') ?? '',
      email: grant.email,
      email_verified: true,
      name: account?.name ?? grant.email,
      given_name: account?.givenName,
      family_name: account?.familyName,
    });
  };

  return [
    {
      verb: 'POST',
      pattern: /^\/revoke$/,
      id: 'oauth.revoke',
      family: 'oauth',
      handle(ctx) {
        const token = ctx.query.get('token') ?? parseFormBody(ctx.body, ctx.headers['content-type']).get('token')?.[0];
        if (token === undefined || token === '') throw new OAuthError('invalid_request', 'Missing required parameter: token');
        if (!emu.tokens.revoke(token)) throw new OAuthError('invalid_token', 'Token expired or revoked');
        return jsonReply({});
      },
    },
    { verb: 'GET', pattern: /^\/tokeninfo$/, id: 'oauth.tokeninfo', family: 'oauth', handle: tokenInfo },
    { verb: 'POST', pattern: /^\/tokeninfo$/, id: 'oauth.tokeninfo', family: 'oauth', handle: tokenInfo },
    { verb: 'GET', pattern: /^\/(v1|oauth2\/v3)\/userinfo$/, id: 'oauth.userinfo', family: 'oauth', handle: userInfo },
  ];
}
