/** A screen rectangle in DIP, as Electron's `Rectangle`. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Gap between the tray icon and the popup. */
const GAP = 4;

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, Math.max(min, max)));

/**
 * Where the tray popup goes: next to the tray icon, on the side away from the taskbar or menu bar (which
 * lies outside the display's work area), and always fully inside the work area. The icon's bounds can be
 * empty (some Linux hosts); then `anchor` is the cursor, where the click was.
 */
export function placePopup(
  anchor: Rect,
  size: { readonly width: number; readonly height: number },
  workArea: Rect,
): { x: number; y: number } {
  const right = workArea.x + workArea.width;
  const bottom = workArea.y + workArea.height;
  const centreX = anchor.x + anchor.width / 2;
  const centreY = anchor.y + anchor.height / 2;
  let x = centreX - size.width / 2;
  let y = centreY - size.height / 2;
  if (anchor.y + anchor.height <= workArea.y + GAP || centreY < workArea.y)
    y = workArea.y + GAP; // bar on top (macOS, top panels)
  else if (anchor.y >= bottom - GAP || centreY > bottom)
    y = bottom - size.height - GAP; // taskbar at the bottom (Windows)
  else if (anchor.x + anchor.width <= workArea.x + GAP || centreX < workArea.x)
    x = workArea.x + GAP; // taskbar on the left
  else if (anchor.x >= right - GAP || centreX > right)
    x = right - size.width - GAP; // taskbar on the right
  else y = centreY < workArea.y + workArea.height / 2 ? anchor.y + anchor.height + GAP : anchor.y - size.height - GAP; // icon inside the work area
  return {
    x: Math.round(clamp(x, workArea.x, right - size.width)),
    y: Math.round(clamp(y, workArea.y, bottom - size.height)),
  };
}

/** True when the rectangle has no area (a tray host that does not report where its icon is). */
export const isEmptyRect = (rect: Rect | undefined): boolean =>
  rect === undefined || rect.width <= 0 || rect.height <= 0;
