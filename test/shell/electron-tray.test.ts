import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { TrayMenuItem, TrayModel } from '../../electron/core/tray/tray-model';
import { createElectronTray, type ElectronTrayDeps } from '../../electron/shell/electron-tray';
import { toMenuTemplate } from '../../electron/shell/tray-menu-template';

const MENU: ReadonlyArray<TrayMenuItem> = [
  { kind: 'action', id: 'meeting.new', label: 'New meeting', enabled: true },
  {
    kind: 'submenu',
    id: 'meeting.presets',
    label: 'New meeting with preset',
    enabled: true,
    items: [{ kind: 'action', id: 'meeting.new:standup', label: 'Standup', enabled: true }],
  },
  { kind: 'separator', id: 'sep.app' },
  { kind: 'action', id: 'app.quit', label: 'Quit Quickmeet', enabled: false },
];
const VIEW: TrayModel = { icon: 'idle', tooltip: 'Quickmeet — ready', title: '', menu: MENU };

/** A tray that counts what was set on it. */
function fakeTray() {
  const calls: string[] = [];
  const tray = Object.assign(new EventEmitter(), {
    setImage: () => void calls.push('image'),
    setToolTip: (text: string) => void calls.push(`tooltip:${text}`),
    setTitle: (text: string) => void calls.push(`title:${text}`),
    setContextMenu: () => void calls.push('menu'),
  });
  return { tray, calls };
}

function setup() {
  const { tray, calls } = fakeTray();
  const commands: string[] = [];
  const primary = vi.fn();
  const templates: unknown[] = [];
  const deps: ElectronTrayDeps = {
    tray: tray as unknown as ElectronTrayDeps['tray'],
    buildMenu: (template) => (templates.push(template), {}) as ReturnType<ElectronTrayDeps['buildMenu']>,
    image: (icon) => ({ icon }) as unknown as ReturnType<ElectronTrayDeps['image']>,
    onCommand: (id) => void commands.push(id),
    onPrimaryClick: primary,
  };
  return { tray, calls, commands, primary, templates, electronTray: createElectronTray(deps) };
}

describe('electron tray', () => {
  it('applies a view once and re-applying the same view touches nothing', () => {
    const { calls, electronTray } = setup();
    electronTray.apply(VIEW);
    expect(calls).toEqual(['image', 'tooltip:Quickmeet — ready', 'title:', 'menu']);
    electronTray.apply({ ...VIEW, menu: [...MENU] });
    expect(calls).toHaveLength(4);
    electronTray.apply({ ...VIEW, tooltip: 'Quickmeet — creating…', icon: 'busy' });
    expect(calls.slice(4)).toEqual(['image', 'tooltip:Quickmeet — creating…']);
  });

  it('maps a left click to the primary action and menu clicks to commands by id', () => {
    const { tray, commands, primary } = setup();
    tray.emit('click');
    expect(primary).toHaveBeenCalledTimes(1);
    const template = toMenuTemplate(MENU, (id) => commands.push(id));
    (template[0]!.click as () => void)();
    const submenu = template[1]!.submenu as Array<{ click: () => void }>;
    submenu[0]!.click();
    expect(commands).toEqual(['meeting.new', 'meeting.new:standup']);
    expect(template[2]).toEqual({ id: 'sep.app', type: 'separator' });
    expect(template[3]).toMatchObject({ id: 'app.quit', label: 'Quit Quickmeet', enabled: false });
  });
});
