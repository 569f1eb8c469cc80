import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildAuthHarness } from './auth-fakes';

/** Starts a sign-in and answers its (still pending) promise once the flow waits for the browser to come back. */
async function startWaiting(h: ReturnType<typeof buildAuthHarness>) {
  const opened = new Promise<void>((resolve) => (h.urlOpener.onOpen = () => resolve()));
  const pending = h.auth.signIn();
  await opened;
  await vi.advanceTimersByTimeAsync(0);
  return { pending };
}

describe('the sign-in wait leaves no timer behind', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] }));
  afterEach(() => vi.useRealTimers());

  it('clears the 5-minute timer when the user cancels while waiting for the browser', async () => {
    const h = buildAuthHarness();
    const { pending } = await startWaiting(h);
    expect(vi.getTimerCount()).toBe(1);
    await h.auth.cancelSignIn();
    await expect(pending).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(vi.getTimerCount()).toBe(0);
    expect(h.listener.closed).toBe(1);
  });

  it('clears the timer when the browser comes back with a code', async () => {
    const h = buildAuthHarness();
    const { pending } = await startWaiting(h);
    h.listener.deliver({ state: new URL(h.urlOpener.opened[0]!).searchParams.get('state')!, code: '4/ok' });
    await expect(pending).resolves.toMatchObject({ status: 'signedIn' });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('times out after five minutes, and then holds no timer', async () => {
    const h = buildAuthHarness();
    const settled = (await startWaiting(h)).pending.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    await expect(settled).resolves.toMatchObject({ code: 'TIMEOUT' });
    expect(vi.getTimerCount()).toBe(0);
    // Cancelling after the timeout finds no flow and changes nothing.
    await expect(h.auth.cancelSignIn()).resolves.toMatchObject({ status: 'signedOut' });
  });
});
