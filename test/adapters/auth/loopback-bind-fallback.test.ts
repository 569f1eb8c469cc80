import { request } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { describe, expect, it } from 'vitest';
import { bindLoopback, createLoopbackRedirectListener, type LoopbackAddress, type LoopbackBind } from '../../../electron/adapters/loopback-redirect-listener';
import { runBrowserSignIn } from '../../../electron/core/auth/browser-sign-in';
import { createCallbackGuard } from '../../../electron/core/auth/callback-guard';
import { CapturingLogger, RecordingUrlOpener } from '../../support/in-memory-ports';
import { FakeOAuthClient } from '../../unit/auth/auth-fakes';

/** A bind that refuses the listed addresses the way the OS does, and records every address asked for. */
function bindRefusing(refused: ReadonlyArray<LoopbackAddress>) {
  const asked: string[] = [];
  const bind: LoopbackBind = async (server, address) => {
    asked.push(address);
    if (refused.includes(address)) {
      throw Object.assign(new Error(`listen EADDRNOTAVAIL: address not available ${address}`), { code: 'EADDRNOTAVAIL' });
    }
    return bindLoopback(server, address);
  };
  return { bind, asked };
}

/** Resolves true when a TCP connection to host:port is accepted. */
const accepts = (host: string, port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect({ host, port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

/** A GET on [::1] with the Host header a browser would send for the redirect URI. */
function getOnIpv6(redirectUri: string, query: string): Promise<number> {
  const url = new URL(redirectUri);
  return new Promise((resolve, reject) => {
    const req = request({ host: '::1', port: url.port, path: `${url.pathname}?${query}`, headers: { host: url.host } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

const judge = createCallbackGuard('the-state');

describe('loopback listener when binding fails (F20, O2)', () => {
  it('falls back to ::1 when 127.0.0.1 cannot be bound, with the bracketed literal in the redirect URI', async () => {
    const { bind, asked } = bindRefusing(['127.0.0.1']);
    const pending = await createLoopbackRedirectListener({ bind }).listen({ path: '/oauth2/callback', judge });
    try {
      const url = new URL(pending.redirectUri);
      expect(url.hostname).toBe('[::1]');
      expect(asked).toEqual(['127.0.0.1', '::1']);
      const port = Number(url.port);
      expect(await accepts('::1', port)).toBe(true);
      expect(await accepts('127.0.0.1', port)).toBe(false);
      // The browser coming back to the IPv6 literal completes the flow.
      expect(await getOnIpv6(pending.redirectUri, 'state=the-state&code=4%2Fv6')).toBe(200);
      await expect(pending.outcome).resolves.toEqual({ kind: 'code', code: '4/v6' });
    } finally {
      await pending.close();
    }
  });

  it('fails with a clear error naming both loopback addresses when neither can be bound, and binds nothing else', async () => {
    const { bind, asked } = bindRefusing(['127.0.0.1', '::1']);
    const listening = createLoopbackRedirectListener({ bind }).listen({ path: '/oauth2/callback', judge });
    await expect(listening).rejects.toMatchObject({ code: 'UNAVAILABLE', message: expect.stringMatching(/Could not open a local port for the sign-in.*127\.0\.0\.1.*::1/) });
    expect(asked).toEqual(['127.0.0.1', '::1']);
    expect(asked).not.toContain('0.0.0.0');
    expect(asked).not.toContain('::');
  });

  it('does not open the browser when no loopback port can be had, and reports why', async () => {
    const urlOpener = new RecordingUrlOpener();
    const { bind } = bindRefusing(['127.0.0.1', '::1']);
    const signIn = runBrowserSignIn(
      { oauth: new FakeOAuthClient(), listener: createLoopbackRedirectListener({ bind }), urlOpener, logger: new CapturingLogger() },
      { scopes: ['openid'] },
      new AbortController().signal,
    );
    await expect(signIn).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    expect(urlOpener.opened).toEqual([]);
  });

  it('is reachable on loopback only: the machine’s other addresses refuse the port', async () => {
    const pending = await createLoopbackRedirectListener().listen({ path: '/oauth2/callback', judge });
    try {
      const port = Number(new URL(pending.redirectUri).port);
      const others = Object.values(networkInterfaces())
        .flat()
        .filter((nic) => nic !== undefined && !nic.internal && !nic.address.startsWith('fe80'))
        .map((nic) => nic!.address);
      expect(await accepts('127.0.0.1', port)).toBe(true);
      for (const address of others) expect(await accepts(address, port), address).toBe(false);
    } finally {
      await pending.close();
    }
  });
});
