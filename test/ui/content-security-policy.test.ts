import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuickmeetApi } from '../../shared/ipc/quickmeet-api';
import { QuickmeetApp } from '../support/quickmeet-app';

describe('the renderer under the strict Content-Security-Policy (E7)', () => {
  let app: QuickmeetApp;

  beforeAll(async () => {
    app = await QuickmeetApp.launch();
    await app.page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { violations: string[] }).violations = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(event.effectiveDirective));
    });
  }, 60_000);
  afterAll(async () => app?.close());

  const violations = () => app.page.evaluate(() => (window as unknown as { violations: string[] }).violations.slice());

  it('blocks an injected inline script', async () => {
    const ran = await app.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
      return (window as unknown as { inlineRan?: boolean }).inlineRan ?? false;
    });
    expect(ran).toBe(false);
    await expect.poll(violations).toContain('script-src-elem');
  });

  it('blocks eval', async () => {
    // DevTools evaluation may eval by itself (allowUnsafeEvalBlockedByCSP), so eval from a later task.
    const outcome = await app.page.evaluate(
      () =>
        new Promise<string>((resolve) =>
          setTimeout(() => {
            try {
              resolve(String((0, eval)('6 * 7')));
            } catch (error) {
              resolve((error as Error).name);
            }
          }, 0),
        ),
    );
    expect(outcome).toBe('EvalError');
    await expect.poll(violations).toContain('script-src');
  });

  it('blocks a fetch to a foreign origin', async () => {
    const outcome = await app.page.evaluate(() =>
      fetch('https://example.com/steal').then(
        () => 'sent',
        () => 'blocked',
      ),
    );
    expect(outcome).toBe('blocked');
    await expect.poll(violations).toContain('connect-src');
  });

  it('keeps working afterwards: the core still answers and the UI still responds', async () => {
    const info = await app.page.evaluate(() => (window as unknown as { quickmeet: QuickmeetApi }).quickmeet.app.getInfo());
    expect(info).toMatchObject({ ok: true, value: { host: 'bridge' } });
    await app.window.tab('Settings').click();
    await expect(app.window.tab('Settings').getAttribute('aria-selected')).resolves.toBe('true');
    expect(await violations()).toHaveLength(3);
  });
});
