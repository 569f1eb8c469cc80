import type { PlatformPolicy } from './platform-policy';
import { isEmptyRect, placePopup, type Rect } from './popup-placement';

/** The parts of a BrowserWindow the popup drives. */
export interface PopupWindow {
  isDestroyed(): boolean;
  isVisible(): boolean;
  isFocused(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  hide(): void;
  focus(): void;
  getBounds(): Rect;
  setPosition(x: number, y: number): void;
  on(event: 'blur', listener: () => void): unknown;
  once(event: 'focus', listener: () => void): unknown;
  off(event: 'focus', listener: () => void): unknown;
}

export interface TrayPopupDeps {
  readonly window: PopupWindow;
  readonly policy: PlatformPolicy['window'];
  readonly now: () => number;
  /** `app.focus({ steal: true })`: activates a menu-bar-only app so its window can take focus (macOS). */
  readonly activateApp: () => void;
  /** Where the tray icon is (`tray.getBounds()`; empty or undefined where the host does not say). */
  readonly trayBounds: () => Rect | undefined;
  /** Where the pointer is: the anchor when the tray's bounds are unknown (the click was there). */
  readonly cursor: () => { x: number; y: number };
  /** The work area of the display nearest to a rectangle (`screen.getDisplayMatching(r).workArea`). */
  readonly workAreaNear: (rect: Rect) => Rect;
}

/** The main window seen from the tray: shown next to the icon and focused, hidden on blur. */
export interface TrayPopup {
  show(): void;
  /** Shows the window and resolves once it has focus: true, or false when it did not get it within `timeoutMs`. */
  showFocused(timeoutMs?: number): Promise<boolean>;
}

/** Drives the main window for the tray by the platform's window policy. */
export function createTrayPopup(deps: TrayPopupDeps): TrayPopup {
  const { window, policy } = deps;
  let shownAt = Number.NEGATIVE_INFINITY;
  if (policy.hideOnBlur) {
    window.on('blur', () => {
      // Windows: the taskbar takes the foreground back right after a tray menu click shows the popup.
      if (!window.isVisible() || deps.now() - shownAt < policy.ignoreBlurAfterShowMs) return;
      window.hide();
    });
  }
  const place = () => {
    if (!policy.placeNearTray) return;
    const bounds = deps.trayBounds();
    const anchor = bounds && !isEmptyRect(bounds) ? bounds : { ...deps.cursor(), width: 1, height: 1 };
    const { x, y } = placePopup(anchor, window.getBounds(), deps.workAreaNear(anchor));
    window.setPosition(x, y);
  };
  const show = () => {
    if (window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    place();
    if (policy.activateAppOnShow) deps.activateApp();
    shownAt = deps.now();
    window.show();
    window.focus();
  };
  return {
    show,
    showFocused(timeoutMs = 1000) {
      show();
      if (window.isDestroyed() || window.isFocused()) return Promise.resolve(!window.isDestroyed());
      return new Promise((resolve) => {
        const done = () => (clearTimeout(timer), window.off('focus', done), resolve(true));
        const timer = setTimeout(() => (window.off('focus', done), resolve(window.isFocused())), timeoutMs);
        window.once('focus', done);
      });
    },
  };
}
