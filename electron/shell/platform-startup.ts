import type { App } from 'electron';
import { APP_ID } from './app-identity';
import { asksSessionBus, detectPlatform, platformPolicy, type PlatformPolicy } from './platform-policy';
import { probeStatusNotifierWatcher } from './status-notifier-probe';

/**
 * Applies what must happen before `ready` (Chromium features, the Windows App User Model ID), waits for
 * `ready` while asking the session bus for a tray host, and returns the platform's policy.
 */
export async function preparePlatform(
  app: Pick<App, 'commandLine' | 'setAppUserModelId' | 'whenReady'>,
): Promise<PlatformPolicy> {
  const environment = { platform: process.platform, env: process.env };
  const early = platformPolicy(detectPlatform(environment));
  // Chromium reads its features once, before `ready`.
  for (const feature of early.chromiumFeatures) app.commandLine.appendSwitch('enable-features', feature);
  if (early.setAppUserModelId) app.setAppUserModelId(APP_ID);
  const [statusNotifierWatcher] = await Promise.all([
    asksSessionBus(environment.platform) ? probeStatusNotifierWatcher() : undefined,
    app.whenReady(),
  ]);
  return platformPolicy(detectPlatform({ ...environment, statusNotifierWatcher }));
}
