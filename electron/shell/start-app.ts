// Host 1, the Electron shell: the composition root. It builds adapters and wires them; decisions live in
// the modules it calls (each tested in Node), and behaviour lives in the core.
import { Menu, Tray, app, globalShortcut, nativeImage, protocol, session, type BrowserWindow } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDispatcher } from '../../shared/ipc/dispatcher';
import { createServer } from '../../shared/ipc/server';
import { DEFAULT_SETTINGS } from '../../shared/model/settings';
import { createNodePorts } from '../adapters/create-node-ports';
import { createCore } from '../core/create-core';
import { createTrayController } from '../core/tray/tray-controller';
import type { TrayIcon } from '../core/tray/tray-model';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol';
import { manageLifecycle } from './app-lifecycle';
import { createElectronStoreSettingsFile } from './electron-store-settings-file';
import { createElectronTray } from './electron-tray';
import { createEventRelay } from './event-relay';
import { createShortcutBinding } from './global-shortcut';
import { createIpcMainTransport } from './ipc-main-transport';
import { createMainWindow, revealWindow } from './main-window';
import { applyPermissionPolicy } from './permission-policy';
import { createShellPorts } from './shell-ports';
import { decideTrayMode } from './tray-fallback';
import { renderTrayIconPng } from './tray-icon-image';

const here = dirname(fileURLToPath(import.meta.url));
const trayImage = (icon: TrayIcon) => nativeImage.createFromBuffer(renderTrayIconPng(icon, 32));

/** Starts Quickmeet in Electron: sandbox, one instance, app:// protocol, core, window, tray and shortcut. */
export async function startApp(): Promise<void> {
  app.enableSandbox();
  if (!app.requestSingleInstanceLock()) return app.quit();
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  await app.whenReady();
  protocol.handle(APP_SCHEME_PRIVILEGES.scheme, createAppProtocolHandler(join(here, '../renderer')));
  applyPermissionPolicy(session.defaultSession);

  const dataDir = process.env.QUICKMEET_HOME ?? app.getPath('userData');
  // The same Node ports as every host; without a Google client the in-process emulator stands in (demo mode).
  const node = await createNodePorts({ home: dataDir });
  const logger = node.ports.logger;
  const shellPorts = createShellPorts({ demoOrigin: node.emulator && new URL(node.emulator.baseUrl).origin });
  const events = createEventRelay();
  const mode = decideTrayMode({ platform: process.platform, env: process.env });
  const appInfo = { version: app.getVersion(), demoMode: node.demoMode, host: 'electron' as const, platform: process.platform };
  const settingsFile = createElectronStoreSettingsFile({ cwd: dataDir });
  const core = createCore({ ...node.ports, ...shellPorts, appInfo, events, settingsFile });

  // Filled once the window exists; lifecycle (and its navigation guards) must be installed before that.
  const main: { window?: BrowserWindow } = {};
  const reveal = () => main.window && revealWindow(main.window);
  const shortcut = createShortcutBinding(globalShortcut, () => controller.newMeeting(), {
    notices: core.services.notices,
    notify: (notice) => shellPorts.notifier.notify({ title: 'Quickmeet', body: notice.message }),
  });
  const lifecycle = manageLifecycle({
    app,
    mode,
    browser: shellPorts.browser,
    onSecondInstance: reveal,
    shutdown: async () => (shortcut.dispose(), await core.stop(), shellPorts.dispose(), await node.dispose()),
  });

  const window = (main.window = createMainWindow(mode === 'tray' ? 'tray-popup' : 'fallback-window', join(here, 'preload.cjs'), lifecycle.isQuitting));
  const transport = createIpcMainTransport(window.webContents, (reason) => logger.warn('IPC sender rejected', { reason }));
  const dispatch = createDispatcher(core.handlers, {
    onInternalError: (channel, error) => logger.error('handler failed', { channel, error: String(error) }),
  });
  events.connect(createServer(transport, dispatch, 'main-window'));

  const tray =
    mode === 'tray'
      ? createElectronTray({
          tray: new Tray(trayImage('signed-out')),
          buildMenu: (template) => Menu.buildFromTemplate(template),
          image: trayImage,
          onCommand: (id) => controller.runMenuItem(id),
          onPrimaryClick: () => controller.newMeeting(),
        })
      : undefined;
  const controller = createTrayController({
    handlers: core.handlers,
    headCount: core.services.conference.headCount,
    recentRecordings: core.services.conference.recentRecordings,
    demoMode: appInfo.demoMode,
    draw: (model) => tray?.apply(model),
    revealWindow: reveal,
    quit: () => app.quit(),
    logger,
  });
  events.connect({
    emit: (event, payload) => {
      controller.observe(event, payload);
      shortcut.observe(event, payload);
    },
  });

  await core.start();
  await controller.refresh();
  const settings = await core.handlers['settings.get']({}, { senderId: 'shell' }).catch(() => DEFAULT_SETTINGS);
  shortcut.apply(settings.shortcut);
}
