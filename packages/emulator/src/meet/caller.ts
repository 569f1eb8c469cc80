/** Who is calling the Meet API: the bearer token's account, OAuth client and scopes. */
import { GoogleApiError } from '../http/google-error';
import type { RequestContext } from '../http/route';
import { systemParameter } from '../http/system-parameters';
import type { Grant, TokenService } from '../oauth/token-service';
import { SCOPES } from '../oauth/scopes';

/** An authenticated caller. */
export interface Caller extends Grant {
  /** Holds `meetings.space.created`. */
  readonly created: boolean;
  /** Holds `meetings.space.readonly`. */
  readonly readonly: boolean;
  /** Holds `meetings.space.settings`. */
  readonly settings: boolean;
}

const PROBLEM_TEXT = {
  missing: ['CREDENTIALS_MISSING', 'Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential.'],
  unknown: ['ACCESS_TOKEN_TYPE_UNSUPPORTED', 'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.'],
  expired: ['ACCESS_TOKEN_EXPIRED', 'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.'],
  revoked: ['ACCESS_TOKEN_EXPIRED', 'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.'],
} as const;

/** Reads the bearer token from the Authorization header (or `access_token`/`oauth_token`); 401 when absent or dead. */
export function authenticate(ctx: RequestContext, tokens: TokenService): Caller {
  const header = ctx.headers.authorization;
  const fromHeader = typeof header === 'string' && /^Bearer\s+/i.test(header) ? header.replace(/^Bearer\s+/i, '').trim() : undefined;
  const token = fromHeader ?? systemParameter(ctx.query, 'access_token') ?? systemParameter(ctx.query, 'oauth_token') ?? undefined;
  const grant = tokens.checkBearer(token);
  if (typeof grant === 'string') {
    const [reason, message] = PROBLEM_TEXT[grant];
    throw new GoogleApiError('UNAUTHENTICATED', message, reason);
  }
  return {
    ...grant,
    created: grant.scopes.includes(SCOPES.created),
    readonly: grant.scopes.includes(SCOPES.readonly),
    settings: grant.scopes.includes(SCOPES.settings),
  };
}
