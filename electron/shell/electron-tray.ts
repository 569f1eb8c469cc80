import type { Menu, MenuItemConstructorOptions, NativeImage, Tray } from 'electron';
import type { TrayIcon, TrayModel } from '../core/tray/tray-model';
import { toMenuTemplate } from './tray-menu-template';

export interface ElectronTrayDeps {
  readonly tray: Pick<Tray, 'setImage' | 'setToolTip' | 'setTitle' | 'setContextMenu' | 'on'>;
  readonly buildMenu: (template: MenuItemConstructorOptions[]) => Menu;
  readonly image: (icon: TrayIcon) => NativeImage;
  readonly onCommand: (id: string) => void;
  /** Left click: the same as the global shortcut (a new instant meeting). */
  readonly onPrimaryClick: () => void;
}

/** The tray, redrawn from models; each part is only touched when it changed, so applying is idempotent. */
export interface ElectronTray {
  apply(model: TrayModel): void;
}

/** Wraps an Electron Tray: applies tray models and maps clicks back to commands by id. */
export function createElectronTray(deps: ElectronTrayDeps): ElectronTray {
  let shown: { icon?: string; tooltip?: string; title?: string; menu?: string } = {};
  deps.tray.on('click', () => deps.onPrimaryClick());
  return {
    apply(view) {
      const menuKey = JSON.stringify(view.menu);
      if (view.icon !== shown.icon) deps.tray.setImage(deps.image(view.icon));
      if (view.tooltip !== shown.tooltip) deps.tray.setToolTip(view.tooltip);
      if (view.title !== shown.title) deps.tray.setTitle(view.title);
      if (menuKey !== shown.menu) deps.tray.setContextMenu(deps.buildMenu(toMenuTemplate(view.menu, deps.onCommand)));
      shown = { icon: view.icon, tooltip: view.tooltip, title: view.title, menu: menuKey };
    },
  };
}
