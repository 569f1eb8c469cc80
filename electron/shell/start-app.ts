// Host 1, the Electron shell: the composition root. It builds adapters and wires them; decisions live in
// the modules it calls (each tested in Node; platform ones in platform-policy.ts), behaviour in the core.
import { Menu, Tray, app, globalShortcut, protocol, screen, session, shell } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SETTINGS } from '../../shared/model/settings';
import { createHost } from '../host/start-host';
import { createTrayController } from '../core/tray/tray-controller';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol';
import { manageLifecycle } from './app-lifecycle';
import { createDesktopIntegration } from './desktop-integration';
import { createElectronStoreSettingsFile } from './electron-store-settings-file';
import { createElectronTray } from './electron-tray';
import { createShortcutBinding } from './global-shortcut';
import { createIpcMainTransport } from './ipc-main-transport';
import { createMainWindow } from './main-window';
import { createNoticeForwarder } from './notice-forwarder';
import { applyPermissionPolicy } from './permission-policy';
import { nativeTrayImage } from './native-tray-image';
import { preparePlatform } from './platform-startup';
import { createShellDevices, shellSystemEvents } from './shell-ports';
import { createTrayPopup } from './tray-popup';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Starts Quickmeet in Electron: sandbox, one instance, app:// protocol, core, window, tray and shortcut.
 * `appDataRoot` is Electron's userData; the host decides the data folder in it (see host/data-folder.ts).
 */
export async function startApp(appDataRoot: string): Promise<void> {
  app.enableSandbox();
  if (!app.requestSingleInstanceLock()) return app.quit();
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  const policy = await preparePlatform(app);
  protocol.handle(APP_SCHEME_PRIVILEGES.scheme, createAppProtocolHandler(join(here, '../renderer')));
  applyPermissionPolicy(session.defaultSession);

  // The same host as every other; without a Google client the in-process emulator stands in (demo mode).
  const host = await createHost({
    appDataRoot,
    hold: 'electron',
    host: 'electron',
    version: app.getVersion(),
    demoPush: true,
    settingsFile: (cwd) => createElectronStoreSettingsFile({ cwd }),
    system: shellSystemEvents,
    devices: ({ demoOrigin }) => createShellDevices({ demoOrigin }, { mode: policy.clipboard, focusWindow: () => popup.showFocused() }),
  });
  const { core, node, devices } = host;
  const logger = node.ports.logger;
  // Demo mode has already loaded the emulator; nothing else does (see create-node-ports).
  if (node.emulator) console.log((await import('@quickmeet/emulator')).demoBanner(node.emulator.baseUrl));
  const desktop = createDesktopIntegration({ app, shell, policy, dataDir: node.dataDir, demoMode: node.demoMode, logger });

  const shortcut = createShortcutBinding(globalShortcut, () => controller.newMeeting(), {
    notices: core.services.notices,
  });
  const lifecycle = manageLifecycle({
    app,
    mode: policy.trayMode,
    urlOpener: devices.urlOpener,
    onSecondInstance: () => popup.show(),
    shutdown: async () => {
      shortcut.dispose();
      desktop.dispose();
      await host.stop();
    },
  });
  const window = createMainWindow(
    policy.trayMode === 'tray' ? 'tray-popup' : 'fallback-window',
    join(here, 'preload.cjs'),
    lifecycle.isQuitting,
    () => {
      if (policy.window.showAtLaunch) popup.show();
    },
  );
  const popup = createTrayPopup({
    window,
    policy: policy.window,
    now: Date.now,
    activateApp: () => app.focus({ steal: true }),
    trayBounds: () => tray?.bounds(),
    cursor: () => screen.getCursorScreenPoint(),
    workAreaNear: (rect) => screen.getDisplayMatching(rect).workArea,
  });
  const transport = createIpcMainTransport(window.webContents, (reason) =>
    logger.warn('IPC sender rejected', { reason }),
  );
  host.serve(transport, 'main-window');

  const trayImage = nativeTrayImage(policy.tray);
  const tray =
    policy.trayMode === 'tray'
      ? createElectronTray({
          tray: new Tray(trayImage('signed-out')),
          policy: policy.tray,
          buildMenu: (template) => Menu.buildFromTemplate(template),
          image: trayImage,
          onCommand: (id) => controller.runMenuItem(id),
          onPrimaryClick: () => controller.newMeeting(),
        })
      : undefined;
  const controller = createTrayController({
    api: host.api('tray'),
    headCount: core.services.conference.headCount,
    recentRecordings: core.services.recordings.recent,
    demoMode: node.demoMode,
    meetingClock: policy.tray.meetingClock,
    draw: (model) => tray?.apply(model),
    revealWindow: () => popup.show(),
    showLogs: desktop.showLogs,
    showAbout: desktop.showAbout,
    quit: () => app.quit(),
    logger,
  });
  const notices = createNoticeForwarder({
    notifier: devices.notifier,
    windowVisible: () => window.isVisible(),
    showWindow: () => popup.show(),
  });
  host.on('settings.changed', (settings) => {
    shortcut.apply(settings.shortcut);
    desktop.applySettings(settings);
  });
  host.on('app.notice', notices.forward);

  await host.start();
  await controller.refresh();
  const settings = await host.api('shell').settings.get().catch(() => DEFAULT_SETTINGS);
  shortcut.apply(settings.shortcut);
  desktop.applySettings(settings);
}
