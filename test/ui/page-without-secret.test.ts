import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { QuickmeetApp } from '../support/quickmeet-app';

describe('the preview page opened without its #token', () => {
  let app: QuickmeetApp;
  let bare: Page;
  beforeAll(async () => {
    app = await QuickmeetApp.launch();
    // A new tab has its own session storage: nothing of the first visit's secret.
    bare = await app.context.newPage();
    await bare.goto(`${app.bridge.origin}/`);
    await bare.getByRole('heading', { name: 'Quickmeet' }).waitFor();
  }, 60_000);
  afterAll(async () => app?.close());

  it('shows one message that says to open the full address, and nothing else that failed', async () => {
    const message = bare.locator('.callout').filter({ hasText: /full address/ });
    await message.first().waitFor();
    await bare.screenshot({ path: 'test-results/page-without-secret.png', fullPage: true });
    await expect(bare.locator('.callout, [role="alert"]').count()).resolves.toBe(1);
    await expect(message.textContent()).resolves.toMatch(/#token=/);
    // Nothing to dismiss or reload: neither would help.
    await expect(bare.getByRole('button', { name: /Dismiss|Reload/ }).count()).resolves.toBe(0);
  });

  it('says the same for a secret of an earlier run', async () => {
    const stale = await app.context.newPage();
    await stale.goto(`${app.bridge.origin}/#token=from-an-earlier-run`);
    await stale.locator('.callout').filter({ hasText: /full address/ }).waitFor();
    await expect(stale.locator('.callout, [role="alert"]').count()).resolves.toBe(1);
    await stale.close();
  });
});
