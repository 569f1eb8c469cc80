import type { Page } from 'playwright-core';

/** The emulator's Google-like consent page, opened from the URL the app handed to the system browser. */
export class ConsentPage {
  constructor(readonly page: Page) {}

  /** Picks the demo account with e-mail `account`, then allows access with every scope asked for. */
  async allowAs(account: string): Promise<void> {
    await this.page.getByRole('radio', { name: account }).check();
    await this.page.getByRole('button', { name: 'Allow' }).click();
  }

  /** Refuses access, and waits until the browser has shown the app's answer on the loopback callback. */
  async deny(): Promise<void> {
    await this.page.getByRole('button', { name: 'Deny' }).click();
    await this.page.waitForURL((url) => url.searchParams.get('error') === 'access_denied', { waitUntil: 'load' });
  }
}
