/** Where the main window lives: under a tray icon, or as a normal small window where there is no tray. */
export type TrayMode = 'tray' | 'window';

export interface TrayEnvironment {
  readonly platform: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

// Desktops that ship a StatusNotifier host although they report GNOME (Ubuntu's AppIndicator extension).
const GNOME_WITH_TRAY = ['ubuntu', 'unity', 'pop', 'budgie'];

/**
 * Decides whether to use a tray. `QUICKMEET_TRAY=on|off` overrides. Stock GNOME has no tray area, and
 * Electron cannot tell (the icon is simply invisible), so GNOME without a known tray host gets the window.
 */
export function decideTrayMode({ platform, env }: TrayEnvironment): TrayMode {
  const override = env.QUICKMEET_TRAY?.toLowerCase();
  if (override === 'on') return 'tray';
  if (override === 'off') return 'window';
  if (platform !== 'linux') return 'tray';
  const desktops = (env.XDG_CURRENT_DESKTOP ?? '').toLowerCase().split(':');
  const isGnome = desktops.includes('gnome') || desktops.includes('gnome-classic');
  return isGnome && !desktops.some((d) => GNOME_WITH_TRAY.includes(d)) ? 'window' : 'tray';
}
