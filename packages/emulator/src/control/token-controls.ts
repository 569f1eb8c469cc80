/** Control endpoints for accounts and tokens: mint a token for scripts and tests, revoke, inspect grants. */
import { z } from 'zod';
import { DEMO_ACCOUNTS, findAccount } from '../demo-accounts';
import { DEMO_CLIENT_ID } from '../demo-client';
import type { EmulatorContext } from '../emulator-context';
import { invalidArgument } from '../http/google-error';
import type { Route } from '../http/route';
import { parseBody } from '../meet/proto-input';
import { normalizeScope } from '../oauth/scopes';
import { controlRoute } from './control-route';

const mintBody = z.strictObject({
  account: z.string(),
  scopes: z.array(z.string()).min(1),
  clientId: z.string().min(1).max(200).default(DEMO_CLIENT_ID),
  /** Also mint a refresh token. */
  offline: z.boolean().default(false),
});
const revokeBody = z.union([z.strictObject({ token: z.string().min(1) }), z.strictObject({ account: z.string(), clientId: z.string().optional() })]);

/** The token control routes. */
export function tokenControls(emu: EmulatorContext): Route[] {
  return [
    controlRoute('GET', '/accounts', 'accounts.list', () => ({
      accounts: DEMO_ACCOUNTS.map((a) => ({ email: a.email, name: a.name, user: a.user })),
    })),
    controlRoute('POST', '/tokens', 'tokens.mint', (ctx) => {
      const body = parseBody(ctx.body, mintBody, 'tokens');
      const account = findAccount(body.account);
      if (account === undefined) throw invalidArgument(`${body.account} is not a demo account; see GET /emulator/v1/accounts.`);
      const scopes = body.scopes.map((s) => normalizeScope(s) ?? (() => { throw invalidArgument(`Unknown scope ${s}.`); })());
      const minted = emu.tokens.mint(account.email, body.clientId, scopes, body.offline);
      return {
        access_token: minted.accessToken,
        expires_in: minted.expiresIn,
        scope: minted.scopes.join(' '),
        token_type: 'Bearer',
        ...(minted.refreshToken === undefined ? {} : { refresh_token: minted.refreshToken }),
      };
    }),
    controlRoute('POST', '/tokens:revoke', 'tokens.revoke', (ctx) => {
      const body = parseBody(ctx.body, revokeBody, 'revoke');
      if ('token' in body) return { revoked: emu.tokens.revoke(body.token) ? 1 : 0 };
      const account = findAccount(body.account);
      if (account === undefined) throw invalidArgument(`${body.account} is not a demo account.`);
      return { revoked: emu.tokens.revokeAll(account.email, body.clientId) };
    }),
    controlRoute('GET', '/grants', 'grants.list', () => ({ grants: emu.tokens.grants() })),
  ];
}
