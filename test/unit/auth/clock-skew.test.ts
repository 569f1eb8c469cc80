import { describe, expect, it } from 'vitest';
import { REFRESH_MARGIN_MS } from '../../../electron/core/auth/access-token-refresher';
import { buildAuthHarness } from './auth-fakes';

const HOUR_MS = 3600_000;

/** A session signed in at the harness clock, with a first access token from a refresh. */
async function signedInWithToken() {
  const h = buildAuthHarness();
  h.approveInBrowser();
  await h.auth.signIn();
  h.clock.advance(2 * HOUR_MS);
  await h.auth.ensureFresh();
  expect(h.oauth.refreshes).toHaveLength(1);
  return h;
}

/** Three calls at once, as the pollers and a click make them. */
const threeCalls = (h: Awaited<ReturnType<typeof signedInWithToken>>) => Promise.all([h.auth.ensureFresh(), h.auth.ensureFresh(), h.auth.ensureFresh()]);

describe('token freshness under clock changes (F23, Clock port)', () => {
  it('a clock set back two hours keeps using the stored token: no refresh, no loop', async () => {
    const h = await signedInWithToken();
    h.clock.advance(-2 * HOUR_MS);
    await threeCalls(h);
    await threeCalls(h);
    expect(h.oauth.refreshes).toHaveLength(1);
    // A token the server no longer takes is then the API client's 401 → forced refresh (F12).
  });

  it('a clock moved forward two hours refreshes exactly once, then trusts the new expiry', async () => {
    const h = await signedInWithToken();
    h.clock.advance(2 * HOUR_MS);
    await threeCalls(h);
    expect(h.oauth.refreshes).toHaveLength(2);
    await threeCalls(h);
    expect(h.oauth.refreshes).toHaveLength(2);
  });

  it('refreshes within the margin before the stored expiry, and not earlier', async () => {
    const h = await signedInWithToken();
    h.clock.advance(HOUR_MS - REFRESH_MARGIN_MS - 1_000);
    await h.auth.ensureFresh();
    expect(h.oauth.refreshes).toHaveLength(1);
    h.clock.advance(2_000);
    await h.auth.ensureFresh();
    expect(h.oauth.refreshes).toHaveLength(2);
  });
});
