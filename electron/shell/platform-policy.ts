// Every platform decision of the shell, in one pure table keyed by OS, tray host and session type. The
// shell asks this module and never reads `process.platform` itself; tests walk every combination.

/** The operating systems Quickmeet ships for. */
export type Os = 'darwin' | 'win32' | 'linux';

/**
 * Who draws the tray icon. `menu-bar`: macOS. `notification-area`: Windows. `status-notifier`: a
 * StatusNotifierItem host on the session bus (KDE, Ubuntu's AppIndicator, GNOME with the AppIndicator
 * extension, most panels). `xembed`: an old-style tray without StatusNotifier (GtkStatusIcon). `none`:
 * no tray at all (stock GNOME).
 */
export type TrayHost = 'menu-bar' | 'notification-area' | 'status-notifier' | 'xembed' | 'none';

/** The display session: Wayland changes what clipboard, shortcuts and window positions may do. */
export type SessionType = 'wayland' | 'x11' | 'native';

/** The facts the policies are keyed by. */
export interface PlatformFacts {
  readonly os: Os;
  readonly trayHost: TrayHost;
  readonly session: SessionType;
}

/** What a person's environment says; `statusNotifierWatcher` is the session-bus answer (undefined if unknown). */
export interface PlatformEnvironment {
  readonly platform: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly statusNotifierWatcher?: boolean;
}

// Desktops that ship a StatusNotifier host although they report GNOME; used only when the bus cannot be asked.
const GNOME_WITH_TRAY = ['ubuntu', 'unity', 'pop', 'budgie'];

/** Reads OS, tray host and session type from the environment. `QUICKMEET_TRAY=on|off` overrides the tray. */
export function detectPlatform({ platform, env, statusNotifierWatcher }: PlatformEnvironment): PlatformFacts {
  const os: Os = platform === 'darwin' || platform === 'win32' ? platform : 'linux';
  if (os !== 'linux') return { os, trayHost: os === 'darwin' ? 'menu-bar' : 'notification-area', session: 'native' };
  const session: SessionType =
    env.XDG_SESSION_TYPE === 'wayland' || (env.WAYLAND_DISPLAY ?? '') !== '' ? 'wayland' : 'x11';
  const override = env.QUICKMEET_TRAY?.toLowerCase();
  if (override === 'off') return { os, trayHost: 'none', session };
  if (statusNotifierWatcher === true) return { os, trayHost: 'status-notifier', session };
  if (override === 'on') return { os, trayHost: 'xembed', session };
  const desktops = (env.XDG_CURRENT_DESKTOP ?? '').toLowerCase().split(':');
  const isGnome = desktops.includes('gnome') || desktops.includes('gnome-classic');
  // Stock GNOME has no tray area and Electron cannot tell (the icon is simply invisible).
  if (isGnome)
    return {
      os,
      trayHost:
        statusNotifierWatcher === undefined && desktops.some((d) => GNOME_WITH_TRAY.includes(d))
          ? 'status-notifier'
          : 'none',
      session,
    };
  // A bus that answered "no watcher" on a non-GNOME desktop: GtkStatusIcon's XEmbed tray is the fallback.
  return { os, trayHost: statusNotifierWatcher === false ? 'xembed' : 'status-notifier', session };
}

/** Only Linux has a tray host worth asking the session bus about. */
export const asksSessionBus = (platform: string): boolean => platform === 'linux';

/** Where the main window lives: under a tray icon, or as a normal small window where there is no tray. */
export type TrayMode = 'tray' | 'window';

/**
 * What a click on the tray icon does: `new-meeting`; `menu`, Quickmeet pops the menu up; `host-menu`,
 * the tray host shows the attached menu itself and Quickmeet does nothing; `none`, there is no icon.
 */
export type ClickAction = 'new-meeting' | 'menu' | 'host-menu' | 'none';

/** The per-platform behaviour of the shell. */
export interface PlatformPolicy {
  readonly trayMode: TrayMode;
  readonly tray: {
    /** Left click: Electron's `click`, which StatusNotifier hosts emit only on their "activate" gesture. */
    readonly primary: ClickAction;
    /** Right click. */
    readonly secondary: ClickAction;
    /**
     * `attached`: hand the menu to the host with `setContextMenu` (StatusNotifier hosts only show a menu
     * given that way). `pop-up`: set no context menu and call `popUpContextMenu` on right-click, because on
     * macOS a context menu swallows the left click (no `click` event), and on Windows the menu would open
     * on the left click's release too.
     */
    readonly contextMenu: 'attached' | 'pop-up';
    /** macOS draws a monochrome template image that follows the menu bar's light/dark look. */
    readonly templateImage: boolean;
    /** Icon edge in points: macOS's menu bar fits 16–18 pt; Windows uses 16 px at 100 %; SNI hosts scale 22–24. */
    readonly iconPoints: number;
    /**
     * Where the meeting clock goes: `tray.setTitle` draws text beside the icon on macOS only (electronjs.org/docs/api/tray,
     * "Platform: macOS"); Windows has no title and Linux hosts show one at best as an optional label, so there it is the tooltip.
     */
    readonly meetingClock: 'title' | 'tooltip';
  };
  readonly window: {
    /** Show the window at launch: where a left click does not lead to it (SNI hosts) or there is no tray. */
    readonly showAtLaunch: boolean;
    /** Put the popup next to the tray icon; Wayland refuses client-side positioning. */
    readonly placeNearTray: boolean;
    /** A menu-bar-only app (LSUIElement) must activate itself, or `win.focus()` does nothing. */
    readonly activateAppOnShow: boolean;
    /** Hide the tray popup when it loses focus. */
    readonly hideOnBlur: boolean;
    /**
     * A blur this soon after showing does not hide the popup: on Windows the taskbar takes the foreground
     * back just after a tray (menu) click has shown it, which would hide it at once.
     */
    readonly ignoreBlurAfterShowMs: number;
  };
  /** `verify`: read the clipboard back, because Wayland drops writes from an app without a focused window. */
  readonly clipboard: 'trust' | 'verify';
  /** Chromium features to enable before `ready` (global shortcuts through the XDG portal on Wayland). */
  readonly chromiumFeatures: ReadonlyArray<string>;
  /** Windows toasts need an App User Model ID matching the installer's shortcut, or they may not show. */
  readonly setAppUserModelId: boolean;
  /** How "open at login" is done: the OS login items, or an XDG autostart entry. */
  readonly loginItem: 'login-item-settings' | 'xdg-autostart';
}

/** The policy for one platform. */
export function platformPolicy({ os, trayHost, session }: PlatformFacts): PlatformPolicy {
  const wayland = session === 'wayland';
  const trayMode: TrayMode = trayHost === 'none' ? 'window' : 'tray';
  // StatusNotifierItem hosts decide what a click does: KDE emits `click` on a left click, Ubuntu's
  // AppIndicator opens the attached menu and never emits it (electron/electron docs, Tray › Platform
  // Considerations › Linux). So the menu leads with New meeting and the window shows itself at launch.
  const sni = trayHost === 'status-notifier';
  return {
    trayMode,
    tray: {
      primary: trayMode === 'window' ? 'none' : 'new-meeting',
      secondary: trayMode === 'window' ? 'none' : os === 'linux' ? 'host-menu' : 'menu',
      contextMenu: os === 'linux' ? 'attached' : 'pop-up',
      templateImage: os === 'darwin',
      iconPoints: os === 'linux' ? 22 : 16,
      meetingClock: os === 'darwin' ? 'title' : 'tooltip',
    },
    window: {
      showAtLaunch: trayMode === 'window' || sni,
      placeNearTray: trayMode === 'tray' && !wayland,
      activateAppOnShow: os === 'darwin',
      hideOnBlur: trayMode === 'tray',
      ignoreBlurAfterShowMs: os === 'win32' ? 300 : 0,
    },
    clipboard: wayland ? 'verify' : 'trust',
    // Electron's globalShortcut docs: on Wayland, shortcuts go through the GlobalShortcuts portal when
    // this feature is on (KDE Plasma 6, GNOME 48+); the portal keys them by the app's desktop file id.
    chromiumFeatures: wayland ? ['GlobalShortcutsPortal'] : [],
    setAppUserModelId: os === 'win32',
    loginItem: os === 'linux' ? 'xdg-autostart' : 'login-item-settings',
  };
}
