import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { TrayMenuItem, TrayModel } from '../../electron/core/tray/tray-model';
import { createElectronTray, type ElectronTrayDeps } from '../../electron/shell/electron-tray';
import { platformPolicy, type PlatformFacts } from '../../electron/shell/platform-policy';
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

const MAC: PlatformFacts = { os: 'darwin', trayHost: 'menu-bar', session: 'native' };
const WINDOWS: PlatformFacts = { os: 'win32', trayHost: 'notification-area', session: 'native' };
const UBUNTU: PlatformFacts = { os: 'linux', trayHost: 'status-notifier', session: 'wayland' };
const XEMBED: PlatformFacts = { os: 'linux', trayHost: 'xembed', session: 'x11' };

/** A typed fake of the Electron Tray: records what was set and popped up, emits clicks like Electron. */
function fakeTray() {
  const calls: string[] = [];
  const emitter = new EventEmitter();
  const tray: ElectronTrayDeps['tray'] = {
    setImage: () => void calls.push('image'),
    setToolTip: (text) => void calls.push(`tooltip:${text}`),
    setTitle: (text) => void calls.push(`title:${text}`),
    setContextMenu: () => void calls.push('setContextMenu'),
    popUpContextMenu: () => void calls.push('popUpContextMenu'),
    getBounds: () => ({ x: 1200, y: 0, width: 22, height: 22 }),
    on: ((event: string, listener: (...args: unknown[]) => void) => (
      emitter.on(event, listener),
      tray
    )) as ElectronTrayDeps['tray']['on'],
  };
  const click = (event: 'click' | 'right-click') => emitter.emit(event, {}, { x: 1200, y: 0, width: 22, height: 22 });
  return { tray, calls, click };
}

function setup(facts: PlatformFacts = MAC) {
  const { tray, calls, click } = fakeTray();
  const commands: string[] = [];
  const primary = vi.fn();
  const deps: ElectronTrayDeps = {
    tray,
    policy: platformPolicy(facts).tray,
    buildMenu: () => ({}) as ReturnType<ElectronTrayDeps['buildMenu']>,
    image: (icon) => ({ icon }) as unknown as ReturnType<ElectronTrayDeps['image']>,
    onCommand: (id) => void commands.push(id),
    onPrimaryClick: primary,
  };
  return { click, calls, commands, primary, electronTray: createElectronTray(deps) };
}

describe('electron tray', () => {
  it('applies a view once and re-applying the same view touches nothing', () => {
    const { calls, electronTray } = setup(UBUNTU);
    electronTray.apply(VIEW);
    expect(calls).toEqual(['image', 'tooltip:Quickmeet — ready', 'title:', 'setContextMenu']);
    electronTray.apply({ ...VIEW, menu: [...MENU] });
    expect(calls).toHaveLength(4);
    electronTray.apply({ ...VIEW, tooltip: 'Quickmeet — creating…', icon: 'busy' });
    expect(calls.slice(4)).toEqual(['image', 'tooltip:Quickmeet — creating…']);
  });

  it.each([
    ['macOS', MAC],
    ['Windows', WINDOWS],
  ])(
    'on %s sets no context menu (it would swallow left clicks): left click makes a meeting, right click pops the menu up',
    (_name, facts) => {
      const { click, calls, primary, electronTray } = setup(facts);
      electronTray.apply(VIEW);
      expect(calls).not.toContain('setContextMenu');
      click('click');
      expect(primary).toHaveBeenCalledTimes(1);
      expect(calls).not.toContain('popUpContextMenu');
      click('right-click');
      expect(calls.filter((c) => c === 'popUpContextMenu')).toHaveLength(1);
      expect(primary).toHaveBeenCalledTimes(1);
    },
  );

  it.each([
    ['a StatusNotifier host (KDE, AppIndicator)', UBUNTU],
    ['an XEmbed tray', XEMBED],
  ])('on Linux with %s hands the menu to the host, whose activation (if any) makes a meeting', (_name, facts) => {
    const { click, calls, primary, electronTray } = setup(facts);
    electronTray.apply(VIEW);
    expect(calls).toContain('setContextMenu');
    click('right-click');
    expect(calls).not.toContain('popUpContextMenu');
    click('click');
    expect(primary).toHaveBeenCalledTimes(1);
  });

  it('sets the menu again only when it changed', () => {
    const { calls, electronTray } = setup(UBUNTU);
    electronTray.apply(VIEW);
    electronTray.apply({ ...VIEW, menu: MENU.slice(0, 1) });
    expect(calls.filter((c) => c === 'setContextMenu')).toHaveLength(2);
  });

  it('maps menu clicks to commands by id', () => {
    const commands: string[] = [];
    const template = toMenuTemplate(MENU, (id) => commands.push(id));
    (template[0]!.click as () => void)();
    const submenu = template[1]!.submenu as Array<{ click: () => void }>;
    submenu[0]!.click();
    expect(commands).toEqual(['meeting.new', 'meeting.new:standup']);
    expect(template[2]).toEqual({ id: 'sep.app', type: 'separator' });
    expect(template[3]).toMatchObject({ id: 'app.quit', label: 'Quit Quickmeet', enabled: false });
  });
});
