import { describe, expect, it } from 'vitest';
import { createAuthHandlers } from '../../../electron/core/auth/auth-handlers';
import { createDispatcher } from '../../../shared/ipc/dispatcher';
import type { Handlers, RequestContext } from '../../../shared/ipc/handlers';
import { buildAuthHarness, CREATED_GRANT } from './auth-fakes';

const CONTEXT: RequestContext = { senderId: 'test' };

describe('SCOPE_MISSING names the capability it lacks, over IPC', () => {
  it('a feature asking for a capability the account lacks gets the capability in the wire error', async () => {
    const h = buildAuthHarness();
    h.approveInBrowser();
    await h.auth.signIn();
    const thrown = (() => {
      try {
        h.auth.require('readAllConferences');
      } catch (error) {
        return error as { toInfo(): unknown };
      }
      throw new Error('require did not throw');
    })();
    expect(thrown.toInfo()).toEqual({ code: 'SCOPE_MISSING', message: expect.stringContaining('settings'), capability: 'readAllConferences' });
  });

  it('the dispatcher passes it through when the user unticks the permission on the consent page again', async () => {
    const h = buildAuthHarness();
    h.approveInBrowser();
    await h.auth.signIn();
    h.oauth.grantedScopes = CREATED_GRANT;
    // Only the auth channels are called here; the rest of the map is not reached.
    const dispatch = createDispatcher(createAuthHandlers(h.auth) as unknown as Handlers);
    const result = await dispatch('auth.requestCapability', { capability: 'readAllConferences' }, CONTEXT);
    expect(result).toEqual({ ok: false, error: { code: 'SCOPE_MISSING', message: expect.any(String), capability: 'readAllConferences' } });
  });
});
