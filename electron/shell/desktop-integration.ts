import type { App, Shell } from 'electron';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Settings } from '../../shared/model/settings';
import type { Logger } from '../core/ports/logger';
import { APP_ID } from './app-identity';
import { createLoginItem } from './login-item';
import type { PlatformPolicy } from './platform-policy';
import { planUpdates, scheduleUpdateChecks } from './update-schedule';

export interface DesktopIntegrationDeps {
  readonly app: Pick<
    App,
    'setLoginItemSettings' | 'isPackaged' | 'getAppPath' | 'getVersion' | 'setAboutPanelOptions' | 'showAboutPanel'
  >;
  readonly shell: Pick<Shell, 'openPath'>;
  readonly policy: PlatformPolicy;
  readonly dataDir: string;
  readonly demoMode: boolean;
  readonly logger: Logger;
}

/** What every tray app has: open at login, updates, About and the logs folder. */
export function createDesktopIntegration(deps: DesktopIntegrationDeps) {
  const { app } = deps;
  const env = process.env;
  // An AppImage runs from a temporary mount: autostart must run the AppImage file itself.
  const executable = env.APPIMAGE || process.execPath;
  const loginItem = createLoginItem({
    policy: deps.policy.loginItem,
    setLoginItemSettings: (settings) => app.setLoginItemSettings(settings),
    autostartDir: join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'autostart'),
    desktopId: APP_ID,
    command: app.isPackaged ? [executable] : [executable, app.getAppPath()],
  });
  let openAtLogin: boolean | undefined;
  const applyLoginItem = (settings: Settings) => {
    if (settings.openAtLogin === openAtLogin) return;
    openAtLogin = settings.openAtLogin;
    void loginItem
      .apply(openAtLogin)
      .catch((error: unknown) => deps.logger.warn('open at login not applied', { error: String(error) }));
  };

  const plan = planUpdates({
    demoMode: deps.demoMode,
    packaged: app.isPackaged,
    feedConfigured: existsSync(join(process.resourcesPath, 'app-update.yml')),
  });
  deps.logger.info('updates', plan.kind === 'off' ? { enabled: false, reason: plan.reason } : { enabled: true });
  const stopUpdates = scheduleUpdateChecks(
    plan,
    async () => {
      // Loaded only when updates are on: electron-updater reads app-update.yml as soon as it is imported.
      const { autoUpdater } = await import('electron-updater');
      return autoUpdater.checkForUpdatesAndNotify();
    },
    (error) => deps.logger.warn('update check failed', { error: String(error) }),
  );

  app.setAboutPanelOptions({
    applicationName: 'Quickmeet',
    applicationVersion: app.getVersion(),
    version: deps.demoMode ? 'demo mode' : '',
    copyright: 'Copyright © Quickmeet contributors',
  });
  return {
    applySettings: applyLoginItem,
    showAbout: () => app.showAboutPanel(),
    showLogs: () => void deps.shell.openPath(join(deps.dataDir, 'logs')),
    dispose: stopUpdates,
  };
}
