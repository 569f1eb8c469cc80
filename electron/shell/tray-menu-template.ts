import type { MenuItemConstructorOptions } from 'electron';
import type { TrayMenuItem } from '../core/tray/tray-model';

/** Maps the tray model's menu to an Electron menu template; a click runs the item's command by id. */
export function toMenuTemplate(
  items: ReadonlyArray<TrayMenuItem>,
  onCommand: (id: string) => void,
): MenuItemConstructorOptions[] {
  return items.map((item): MenuItemConstructorOptions => {
    switch (item.kind) {
      case 'separator':
        return { id: item.id, type: 'separator' };
      case 'submenu':
        return { id: item.id, label: item.label, enabled: item.enabled, submenu: toMenuTemplate(item.items, onCommand) };
      case 'action':
        return { id: item.id, label: item.label, enabled: item.enabled, click: () => onCommand(item.id) };
    }
  });
}
