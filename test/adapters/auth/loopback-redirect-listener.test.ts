import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createLoopbackRedirectListener } from '../../../electron/adapters/loopback-redirect-listener';
import { createCallbackGuard } from '../../../electron/core/auth/callback-guard';

/** A raw GET with a chosen Host header (fetch will not let a page pick one). */
function get(url: string, host?: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: target.hostname.replace(/[[\]]/g, ''), port: target.port, path: `${target.pathname}${target.search}`, headers: host ? { host } : {} }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const isClosed = (url: string) => fetch(url).then(() => false, () => true);

async function open() {
  const pending = await createLoopbackRedirectListener().listen({ path: '/oauth2/callback', judge: createCallbackGuard('the-state') });
  return { pending, base: pending.redirectUri };
}

describe('loopback redirect listener (O2, O3, O6, F19)', () => {
  it('binds 127.0.0.1 on an OS-assigned port and puts the IP literal in the redirect URI', async () => {
    const { pending } = await open();
    const url = new URL(pending.redirectUri);
    expect(url.hostname).toBe('127.0.0.1');
    expect(Number(url.port)).toBeGreaterThan(1023);
    expect(url.pathname).toBe('/oauth2/callback');
    await pending.close();
  });

  it('answers the valid callback with a code-free, uncached page and closes', async () => {
    const { pending, base } = await open();
    const res = await get(`${base}?state=the-state&code=4%2Fsecret-code&scope=x`);
    expect(res.status).toBe(200);
    expect(res.body).not.toContain('secret-code');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['location']).toBeUndefined();
    await expect(pending.outcome).resolves.toEqual({ kind: 'code', code: '4/secret-code' });
    await new Promise((r) => setTimeout(r, 20));
    expect(await isClosed(base)).toBe(true);
  });

  it.each([
    ['a wrong path', '/favicon.ico?state=the-state&code=x'],
    ['a missing state', '/oauth2/callback?code=x'],
    ['a wrong state', '/oauth2/callback?state=other&code=x'],
    ['a missing code', '/oauth2/callback?state=the-state'],
    ['a huge query', `/oauth2/callback?state=the-state&code=${'a'.repeat(10_000)}`],
  ])('refuses %s with a 400 page and keeps waiting', async (_label, path) => {
    const { pending, base } = await open();
    const res = await get(new URL(path, base).toString());
    expect(res.status).toBe(400);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['location']).toBeUndefined();
    const good = await get(`${base}?state=the-state&code=ok`);
    expect(good.status).toBe(200);
    await expect(pending.outcome).resolves.toEqual({ kind: 'code', code: 'ok' });
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const { pending, base } = await open();
    const res = await get(`${base}?state=the-state&code=x`, 'evil.example:80');
    expect(res.status).toBe(400);
    await pending.close();
  });

  it('refuses absolute-form and network-path request targets (RFC 9112 §3.2.2), and still takes the real callback', async () => {
    const { pending, base } = await open();
    const url = new URL(`${base}?state=the-state&code=x`);
    for (const target of [url.href, `http://evil.example${url.pathname}${url.search}`, `//${url.host}${url.pathname}${url.search}`]) {
      const res = await new Promise<number>((resolve, reject) => {
        const req = request({ host: url.hostname, port: url.port, path: target }, (answer) => (answer.resume(), resolve(answer.statusCode ?? 0)));
        req.on('error', reject);
        req.end();
      });
      expect(res, target).toBe(400);
    }
    expect((await get(url.href)).status).toBe(200);
    await expect(pending.outcome).resolves.toMatchObject({ kind: 'code', code: 'x' });
  });

  it('never redirects to a URL from the query', async () => {
    const { pending, base } = await open();
    const res = await get(`${base}?state=the-state&code=x&redirect_uri=https%3A%2F%2Fevil.example%2F&next=https://evil.example/`);
    expect(res.status).toBe(200);
    expect(res.headers['location']).toBeUndefined();
    expect(res.body).not.toContain('evil.example');
    await pending.close();
  });

  it('counts only the first callback; a replay cannot reach the closed listener', async () => {
    const { pending, base } = await open();
    await get(`${base}?state=the-state&code=first`);
    await new Promise((r) => setTimeout(r, 20));
    await expect(get(`${base}?state=the-state&code=second`)).rejects.toThrow();
    await expect(pending.outcome).resolves.toEqual({ kind: 'code', code: 'first' });
  });

  it('ends the wait on error=access_denied with a friendly page', async () => {
    const { pending, base } = await open();
    const res = await get(`${base}?state=the-state&error=access_denied`);
    expect(res.status).toBe(200);
    expect(res.body).toContain('did not get access');
    await expect(pending.outcome).resolves.toEqual({ kind: 'error', error: 'access_denied' });
  });

  it('closes on request (cancel, timeout) and can be closed twice', async () => {
    const { pending, base } = await open();
    await pending.close();
    await pending.close();
    expect(await isClosed(base)).toBe(true);
  });
});
