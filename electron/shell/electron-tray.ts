import type { Menu, MenuItemConstructorOptions, NativeImage, Rectangle, Tray } from 'electron';
import type { TrayIcon, TrayModel } from '../core/tray/tray-model';
import type { PlatformPolicy } from './platform-policy';
import { toMenuTemplate } from './tray-menu-template';

export interface ElectronTrayDeps {
  readonly tray: Pick<
    Tray,
    'setImage' | 'setToolTip' | 'setTitle' | 'setContextMenu' | 'popUpContextMenu' | 'getBounds' | 'on'
  >;
  readonly policy: PlatformPolicy['tray'];
  readonly buildMenu: (template: MenuItemConstructorOptions[]) => Menu;
  readonly image: (icon: TrayIcon) => NativeImage;
  readonly onCommand: (id: string) => void;
  /** The `new-meeting` click: the same as the global shortcut. */
  readonly onPrimaryClick: () => void;
}

/** The tray, redrawn from models; each part is only touched when it changed, so applying is idempotent. */
export interface ElectronTray {
  apply(model: TrayModel): void;
  /** Where the icon is on screen (macOS, Windows; empty on Linux). */
  bounds(): Rectangle;
}

/**
 * Wraps an Electron Tray: applies tray models and maps clicks back to commands by id. Where the policy
 * says `pop-up`, no context menu is ever set (on macOS it would swallow every left click) and the menu
 * is popped up on right-click; where it says `attached`, the host gets the menu with `setContextMenu`.
 */
export function createElectronTray(deps: ElectronTrayDeps): ElectronTray {
  const { policy } = deps;
  let shown: { icon?: string; tooltip?: string; title?: string; menu?: string } = {};
  let menu: Menu | undefined;
  const handle = (action: PlatformPolicy['tray']['primary']) => {
    if (action === 'new-meeting') deps.onPrimaryClick();
    else if (action === 'menu' && menu) deps.tray.popUpContextMenu(menu);
  };
  deps.tray.on('click', () => handle(policy.primary));
  deps.tray.on('right-click', () => handle(policy.secondary));
  return {
    bounds: () => deps.tray.getBounds(),
    apply(view) {
      const menuKey = JSON.stringify(view.menu);
      if (view.icon !== shown.icon) deps.tray.setImage(deps.image(view.icon));
      if (view.tooltip !== shown.tooltip) deps.tray.setToolTip(view.tooltip);
      if (view.title !== shown.title) deps.tray.setTitle(view.title);
      if (menuKey !== shown.menu) {
        menu = deps.buildMenu(toMenuTemplate(view.menu, deps.onCommand));
        if (policy.contextMenu === 'attached') deps.tray.setContextMenu(menu);
      }
      shown = { icon: view.icon, tooltip: view.tooltip, title: view.title, menu: menuKey };
    },
  };
}
