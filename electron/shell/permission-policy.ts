import type { Session } from 'electron';
import { isAppUrl } from './app-origin';

/** Electron's permission request handler. */
export type PermissionRequestHandler = NonNullable<Parameters<Session['setPermissionRequestHandler']>[0]>;
/** Electron's permission check handler. */
export type PermissionCheckHandler = NonNullable<Parameters<Session['setPermissionCheckHandler']>[0]>;
/** Every permission name Electron can ask about, from its typings. */
export type PermissionName = Parameters<PermissionRequestHandler>[1];

/**
 * Permissions granted at all (E5), and only to the app's own main frame: writing sanitized text to
 * the clipboard, for the copy button. Everything else (camera, microphone, notifications from the page,
 * geolocation, clipboard reading, …) is denied; desktop notifications come from main, not the page.
 */
export const ALLOWED_PERMISSIONS: ReadonlySet<PermissionName> = new Set<PermissionName>(['clipboard-sanitized-write']);

/** Decides a permission request or check from its name, the requesting URL and whether it is the main frame. */
export function isPermissionGranted(permission: string, requestingUrl: string | undefined, isMainFrame: boolean): boolean {
  return (
    ALLOWED_PERMISSIONS.has(permission as PermissionName) &&
    isMainFrame &&
    requestingUrl !== undefined &&
    isAppUrl(requestingUrl)
  );
}

/** The session surface the policy installs itself on. */
export type PermissionSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
>;

/** Installs the request, check and device handlers on a session. */
export function applyPermissionPolicy(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl, details.isMainFrame));
  });
  session.setPermissionCheckHandler((_contents, permission, _origin, details) =>
    isPermissionGranted(permission, details.requestingUrl, details.isMainFrame),
  );
  session.setDevicePermissionHandler(() => false);
}
