import type { Page } from 'playwright-core';

/** The emulator's Google-like consent page, opened from the URL the app handed to the system browser. */
export class ConsentPage {
  constructor(readonly page: Page) {}

  /** Picks `account` (by e-mail) when the page offers a choice, then allows access. */
  async allowAs(account: string): Promise<void> {
    const choice = this.page.getByText(account, { exact: false }).first();
    if (await choice.isVisible().catch(() => false)) await choice.click();
    await this.page.getByRole('button', { name: /Allow|Continue/ }).first().click();
  }
}
