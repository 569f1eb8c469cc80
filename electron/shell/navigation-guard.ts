import type {
  Event as ElectronEvent,
  HandlerDetails,
  WebContentsWillFrameNavigateEventParams,
  WebContentsWillNavigateEventParams,
  WebContentsWillRedirectEventParams,
  WindowOpenHandlerResponse,
} from 'electron';
import type { UrlOpener } from '../core/ports/url-opener';
import { isAllowedExternalUrl } from '../../shared/links/external-url-policy';
import { EXTERNAL_HOSTS } from './electron-url-opener';

/** What happens to a page-initiated navigation or window.open: never inside the app; maybe in the browser. */
export type NavigationVerdict = 'deny' | 'open-externally';

/**
 * The app is a single page loaded by main, so every page-initiated navigation, redirect or new window
 * is refused (E13, E14); allow-listed https links are handed to the system browser instead.
 */
export function judgeNavigation(url: string): NavigationVerdict {
  return isAllowedExternalUrl(url, EXTERNAL_HOSTS) ? 'open-externally' : 'deny';
}

/** The window-open handler: always deny; allow-listed links go to the UrlOpener. */
export function handleWindowOpen(url: string, urlOpener: UrlOpener): WindowOpenHandlerResponse {
  if (judgeNavigation(url) === 'open-externally') void urlOpener.open(url).catch(() => undefined);
  return { action: 'deny' };
}

/** The part of a navigation event the guard needs. */
export interface NavigationEvent {
  readonly url: string;
  preventDefault(): void;
}

/** Prevents a navigation; allow-listed links open in the browser instead. */
export function preventNavigation(event: NavigationEvent, urlOpener: UrlOpener): void {
  event.preventDefault();
  if (judgeNavigation(event.url) === 'open-externally') void urlOpener.open(event.url).catch(() => undefined);
}

/** The webContents surface the guard attaches to; Electron's `WebContents` satisfies it. */
export interface GuardedContents {
  on(event: 'will-navigate', listener: (event: ElectronEvent<WebContentsWillNavigateEventParams>) => void): unknown;
  on(event: 'will-redirect', listener: (event: ElectronEvent<WebContentsWillRedirectEventParams>) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: ElectronEvent<WebContentsWillFrameNavigateEventParams>) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: ElectronEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: WindowOpenDetails) => WindowOpenHandlerResponse): void;
}

/** What the window-open handler is told about the new window. */
export type WindowOpenDetails = Pick<HandlerDetails, 'url'>;

/** Attaches the navigation, redirect, window-open and webview guards to one window's contents. */
export function guardNavigation(contents: GuardedContents, urlOpener: UrlOpener): void {
  contents.on('will-navigate', (event) => preventNavigation(event, urlOpener));
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) event.preventDefault();
  });
  // Redirects are only refused, never opened: a redirect target was not chosen by the user.
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler((details) => handleWindowOpen(details.url, urlOpener));
}
