import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toAppError } from '../../../electron/adapters/google-api-errors';
import { refreshErrorFor, signInErrorFor } from '../../../electron/core/auth/oauth-failure-message';
import { reauthReasonFor } from '../../../electron/core/auth/reauth-reason';
import { OAuthFailure } from '../../../electron/core/ports/oauth-client';
import { REAUTH_REASONS } from '../../../renderer/features/sign-in/reauth-reasons';
import { REAUTH_REASON_TEXT } from '../../../shared/model/reauth-reason-text';

describe('Google’s invalid_grant descriptions, sorted into what can be said for sure', () => {
  it.each([
    // Revoked by the user, or the 7-day expiry of an External app in Testing (or 6 months unused, or past 100 tokens)
    ['Token has been expired or revoked.', 'expired-or-revoked'],
    ['Token has been revoked.', 'revoked'],
    ['Token has expired.', 'expired'],
    ['reauth related error (invalid_rapt)', 'session-policy'],
    ['Bad Request', 'unknown'],
    ['Account has been deleted', 'unknown'],
  ])('%j → %s', (description, reason) => {
    expect(reauthReasonFor(description)).toBe(reason);
  });

  it('never tells a Testing-mode user that access was revoked: both causes, the Testing one as a condition, with the README note', () => {
    const text = REAUTH_REASON_TEXT['expired-or-revoked'];
    expect(text).not.toMatch(/^Access was (revoked|removed)/);
    expect(text).toMatch(/access may have been removed/);
    expect(text).toMatch(/if this app’s OAuth client is an External app still in “Testing”, Google ends its sign-ins after 7 days/);
    expect(text).toMatch(/README/);
    expect(readFileSync('README.md', 'utf8')).toMatch(/Apps left in "Testing" sign you out every 7 days/);
  });

  it('the window, the core and the CLI say the same', () => {
    expect(REAUTH_REASONS).toBe(REAUTH_REASON_TEXT);
    const refused = refreshErrorFor(new OAuthFailure('invalid_grant', 'Token has been expired or revoked.'));
    expect(refused).toMatchObject({ code: 'NEEDS_REAUTH', message: `${REAUTH_REASON_TEXT['expired-or-revoked']} Sign in again.` });
  });
});

describe('Google’s texts about the OAuth client name every cause', () => {
  it('"Unauthorized": a secret that does not match, or a sign-in made with another client', () => {
    for (const error of [signInErrorFor(new OAuthFailure('config', 'Unauthorized')), refreshErrorFor(new OAuthFailure('config', 'Unauthorized'))]) {
      expect(error.code).toBe('CONFIG_ERROR');
      expect(error.message).toMatch(/client secret does not belong to the client ID/);
      expect(error.message).toMatch(/different OAuth client/);
    }
  });

  it('"The OAuth client was not found.": mistyped, or deleted', () => {
    expect(signInErrorFor(new OAuthFailure('config', 'The OAuth client was not found.')).message).toMatch(/mistyped, or the client was deleted/);
  });
});

describe('Meet API texts', () => {
  it('a disabled Meet API is a setup step, not a missing permission', () => {
    const byReason = toAppError({ status: 403, googleStatus: 'PERMISSION_DENIED', reason: 'SERVICE_DISABLED' }, { write: true });
    const byMessage = toAppError(
      { status: 403, message: 'Google Meet REST API has not been used in project 123 before or it is disabled. Enable it by visiting …' },
      { write: false },
    );
    for (const error of [byReason, byMessage]) {
      expect(error.code).toBe('CONFIG_ERROR');
      expect(error.message).toMatch(/Meet REST API is not enabled/);
    }
  });

  it('a plain 403 still names both causes', () => {
    expect(toAppError({ status: 403, googleStatus: 'PERMISSION_DENIED' }, { write: false }).message).toMatch(/may not own this meeting, or reconnect/);
  });
});
