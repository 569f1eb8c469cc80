import type { MenuItemConstructorOptions } from 'electron';

/**
 * One tray menu entry as the core's tray model draws it: a stable command id, a label and an enabled
 * flag, or a separator, or a submenu. (Mirrors electron/core/tray/tray-model.ts structurally.)
 */
export type TrayMenuEntry =
  | { readonly kind: 'separator' }
  | { readonly kind: 'command'; readonly id: string; readonly label: string; readonly enabled: boolean }
  | { readonly kind: 'submenu'; readonly label: string; readonly items: ReadonlyArray<TrayMenuEntry> };

/** Maps model entries to an Electron menu template; a click runs the entry's command by id. */
export function toMenuTemplate(
  entries: ReadonlyArray<TrayMenuEntry>,
  onCommand: (id: string) => void,
): MenuItemConstructorOptions[] {
  return entries.map((entry): MenuItemConstructorOptions => {
    switch (entry.kind) {
      case 'separator':
        return { type: 'separator' };
      case 'submenu':
        return { label: entry.label, submenu: toMenuTemplate(entry.items, onCommand) };
      case 'command':
        return { id: entry.id, label: entry.label, enabled: entry.enabled, click: () => onCommand(entry.id) };
    }
  });
}
