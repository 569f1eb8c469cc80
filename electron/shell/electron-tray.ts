import type { Menu, MenuItemConstructorOptions, NativeImage, Tray } from 'electron';
import { toMenuTemplate, type TrayMenuEntry } from './tray-menu-template';

/** What the tray shows, as drawn from app state by the core. */
export interface TrayView {
  readonly icon: string;
  readonly tooltip: string;
  /** Text beside the icon (macOS; e.g. the live head-count); empty for none. */
  readonly title: string;
  readonly menu: ReadonlyArray<TrayMenuEntry>;
}

export interface ElectronTrayDeps {
  readonly tray: Pick<Tray, 'setImage' | 'setToolTip' | 'setTitle' | 'setContextMenu' | 'on'>;
  readonly buildMenu: (template: MenuItemConstructorOptions[]) => Menu;
  readonly image: (icon: string) => NativeImage;
  readonly onCommand: (id: string) => void;
  /** Left click: the same as the global shortcut (a new instant meeting). */
  readonly onPrimaryClick: () => void;
}

/** The tray, redrawn from views; each part is only touched when it changed, so applying is idempotent. */
export interface ElectronTray {
  apply(view: TrayView): void;
}

/** Wraps an Electron Tray: applies views and maps clicks back to commands by id. */
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
