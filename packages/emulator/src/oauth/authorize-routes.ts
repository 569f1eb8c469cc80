/** `/o/oauth2/v2/auth`: GET shows the consent page, POST takes the user's decision and redirects. */
import { randomBytes } from 'node:crypto';
import { findAccount } from '../demo-accounts';
import type { EmulatorContext } from '../emulator-context';
import { htmlReply, redirectReply, type Reply } from '../http/reply';
import { parseFormBody } from '../http/request-body';
import type { Route } from '../http/route';
import { readAuthorizationRequest, type AuthorizationRequest } from './authorization-request';
import { authorizationErrorPage, consentPage } from './consent-page';

/** A consent form left unanswered for this long is forgotten. */
const CONSENT_TTL_MS = 10 * 60_000;

// No script at all; the form may post here and the redirect may go to any loopback port.
const PAGE_HEADERS = {
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' http://127.0.0.1:* http://[::1]:*; frame-ancestors 'none'",
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
};

const errorPage = (error: string, description: string): Reply => htmlReply(authorizationErrorPage(error, description), 400, PAGE_HEADERS);

function redirectTo(request: AuthorizationRequest, params: Record<string, string>): Reply {
  const url = new URL(request.redirectUri);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  if (request.state !== undefined) url.searchParams.set('state', request.state);
  return redirectReply(url.toString());
}

/** The authorization endpoint routes. */
export function authorizeRoutes(emu: EmulatorContext): Route[] {
  const pending = new Map<string, { request: AuthorizationRequest; expiresAt: number }>();

  return [
    {
      verb: 'GET',
      pattern: /^\/o\/oauth2\/v2\/auth$/,
      id: 'oauth.authorize',
      family: 'oauth',
      handle(ctx) {
        const request = readAuthorizationRequest(ctx.query, emu.settings.clients);
        if ('error' in request) return errorPage(request.error, request.description);
        for (const [id, entry] of pending) if (entry.expiresAt < Date.now()) pending.delete(id);
        const consentId = randomBytes(18).toString('base64url');
        pending.set(consentId, { request, expiresAt: Date.now() + CONSENT_TTL_MS });
        const html = consentPage({ consentId, clientName: 'Quickmeet', scopes: request.scopes, ...(request.loginHint ? { selectedAccount: request.loginHint } : {}) });
        return htmlReply(html, 200, PAGE_HEADERS);
      },
    },
    {
      verb: 'POST',
      pattern: /^\/o\/oauth2\/v2\/auth$/,
      id: 'oauth.consent',
      family: 'oauth',
      handle(ctx) {
        const form = parseFormBody(ctx.body, ctx.headers['content-type']);
        const consentId = form.get('consent_id')?.[0] ?? '';
        const entry = pending.get(consentId);
        // Each form answers once: a replayed or stale post cannot mint a second code.
        pending.delete(consentId);
        if (entry === undefined || entry.expiresAt < Date.now()) return errorPage('invalid_request', 'This sign-in request has expired or was already answered. Start again from the app.');
        const { request } = entry;
        if (form.get('decision')?.[0] !== 'allow') return redirectTo(request, { error: 'access_denied' });
        const account = findAccount(form.get('account')?.[0] ?? '');
        if (account === undefined) return errorPage('invalid_request', 'Choose one of the demo accounts.');
        const ticked = request.scopes.filter((s) => (form.get('scope') ?? []).includes(s));
        if (ticked.length === 0) return redirectTo(request, { error: 'access_denied' });
        const granted = emu.tokens.recordConsent(account.email, request.clientId, ticked, request.includeGrantedScopes);
        // Google issues a refresh token on the first offline consent, and again only with prompt=consent.
        const issueRefreshToken = request.offline && (request.promptConsent || !emu.tokens.hasLiveRefreshToken(account.email, request.clientId));
        const code = emu.tokens.issueCode({
          clientId: request.clientId,
          email: account.email,
          scopes: granted,
          redirectUri: request.redirectUri,
          ...(request.codeChallenge === undefined ? {} : { codeChallenge: request.codeChallenge, codeChallengeMethod: request.codeChallengeMethod ?? 'plain' }),
          issueRefreshToken,
        });
        return redirectTo(request, { code, scope: granted.join(' ') });
      },
    },
  ];
}
