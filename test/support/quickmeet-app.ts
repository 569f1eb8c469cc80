import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import type { QuickmeetApi } from '../../shared/ipc/quickmeet-api';
import { startBridge, type BridgeOptions, type RunningBridge } from '../../electron/bridge/start-bridge';
import { emulatorControl, MEET_SCOPES, type EmulatorControl } from '@quickmeet/emulator';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../ui/chromium-options';
import { buildUi } from '../ui/ui-build';
import { ConsentPage } from './page-objects/consent-page';
import { HANG_MS } from './hang-limit';
import { saveScreenshot } from './screenshots';
import { TrayWindow } from './page-objects/tray-window';

export interface LaunchOptions {
  /** Passed to the bridge (port, secret, home …). */
  readonly bridge?: Omit<BridgeOptions, 'rendererDir' | 'preloadFile'>;
  /** Window size; the tray window is narrow. */
  readonly viewport?: { readonly width: number; readonly height: number };
  readonly colorScheme?: 'light' | 'dark';
}

/**
 * Drives Quickmeet in intents (create a meeting, sign in, wait for attendees) and hides which host
 * runs it: today the browser bridge in headless Chromium.
 */
export class QuickmeetApp {
  readonly window: TrayWindow;
  /** The control API of the emulator behind this app (meetings, people, faults, the clock). */
  readonly control: EmulatorControl;

  private constructor(
    readonly bridge: RunningBridge,
    readonly context: BrowserContext,
    readonly page: Page,
    private readonly profileDir: string,
    /** The data folder this driver made (none when the test passed its own). */
    private readonly ownHome: string | undefined,
  ) {
    this.window = new TrayWindow(page);
    this.control = emulatorControl(bridge.emulatorUrl);
  }

  /** Builds the UI from source, starts a bridge and opens its URL in a fresh Chromium profile. */
  static async launch(options: LaunchOptions = {}): Promise<QuickmeetApp> {
    const ui = await buildUi();
    const ownHome = options.bridge?.home === undefined ? mkdtempSync(join(tmpdir(), 'quickmeet-home-')) : undefined;
    const home = options.bridge?.home ?? ownHome;
    const bridge = await startBridge({ ...options.bridge, emulator: { autopilot: false, ...options.bridge?.emulator }, home, rendererDir: ui.rendererDir, preloadFile: ui.preloadFile });
    const profileDir = mkdtempSync(join(tmpdir(), 'quickmeet-chromium-'));
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [...CHROMIUM_ARGS],
      viewport: options.viewport ?? { width: 420, height: 720 },
      colorScheme: options.colorScheme ?? 'light',
    });
    // Every wait on the page (locators, navigations) ends when its state arrives; the limit only catches a hang.
    context.setDefaultTimeout(HANG_MS);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: bridge.origin });
    const page = context.pages()[0] ?? (await context.newPage());
    const app = new QuickmeetApp(bridge, context, page, profileDir, ownHome);
    await page.goto(bridge.url);
    await app.window.heading().waitFor();
    return app;
  }

  /** Clicks New meeting and answers the link the window shows. */
  async createInstantMeeting(): Promise<string> {
    const link = this.window.meetingLink().getByRole('link');
    const before = (await link.count()) > 0 ? await link.textContent() : null;
    await this.window.newMeetingButton().click();
    const fresh = before === null ? link : link.filter({ hasNotText: before });
    await fresh.waitFor();
    return `https://${await fresh.textContent()}`;
  }

  /** Starts a conference in the space behind `link` (as if its owner walked in); answers the record name. */
  async startConference(link: string): Promise<string> {
    return (await this.control.startConference(link.split('/').pop()!)).name;
  }

  /**
   * Asks the app to poll now, as it does when the tray window is shown (conference discovery, the
   * attendee list, pending recordings), so tests need no waiting for the next interval.
   */
  async pollNow(): Promise<void> {
    await this.page.evaluate(() => (window as unknown as { quickmeet: QuickmeetApi }).quickmeet.app.setWindowVisible({ visible: true }));
  }

  /** GET on the emulator's Meet API (e.g. `v2/spaces/abc-mnop-xyz`) with a token minted for `account`. */
  async meetApi<T>(path: string, account = 'ada@quickmeet.test'): Promise<T> {
    const token = await this.control.mintToken(account, [MEET_SCOPES.created]);
    const response = await fetch(`${this.bridge.emulatorUrl}/${path}`, { headers: { authorization: `Bearer ${token.access_token}` } });
    if (!response.ok) throw new Error(`GET ${path} failed with ${response.status}: ${await response.text()}`);
    return (await response.json()) as T;
  }

  /** What the Chromium page's own clipboard holds. */
  pageClipboard(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /** What the host's system clipboard holds (the bridge keeps it in memory). */
  systemClipboard(): string | undefined {
    return this.bridge.devices.clipboard.text;
  }

  /** Signs in through the consent page the app hands to the "system browser", as `account`. */
  async signIn(account: string): Promise<void> {
    const from = this.bridge.devices.urlOpener.opened.length;
    await this.window.signInButton().click();
    const consentUrl = await this.bridge.devices.urlOpener.waitForOpened(() => true, from);
    const consent = await this.context.newPage();
    await consent.goto(consentUrl);
    await new ConsentPage(consent).allowAs(account);
    await this.window.signOutButton().waitFor();
    await consent.close();
  }

  /** Waits until the live list shows `count` people in the call. */
  async waitForAttendees(count: number): Promise<void> {
    await this.window.headcount().filter({ hasText: new RegExp(`^${count} in call`) }).waitFor();
  }

  /**
   * Takes a steady full-page PNG (see `steady-screenshot.ts`), saves it to test-results/ and compares it
   * with its baseline in test/ui/screenshots/ (see `screenshot-baseline.ts`); answers the saved path.
   * When updating, a README picture of the same name in docs/screenshots/ is refreshed too.
   */
  async screenshot(name: string, mask: ReadonlyArray<Locator> = []): Promise<string> {
    return saveScreenshot(this.page, name, mask);
  }

  /** Closes Chromium and the bridge, and removes the profile and the data folder it made. */
  async close(): Promise<void> {
    await this.context.close().catch(() => undefined);
    await this.bridge.close();
    rmSync(this.profileDir, { recursive: true, force: true });
    if (this.ownHome) rmSync(this.ownHome, { recursive: true, force: true });
  }
}
