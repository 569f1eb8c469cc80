/**
 * The app id: electron-builder's `appId` (macOS bundle id; Windows App User Model ID of the installer's
 * Start-menu shortcut, which toasts must match) and, with `.desktop`, package.json's `desktopName`
 * (the Wayland app_id and the desktop file the GlobalShortcuts portal and autostart refer to).
 */
export const APP_ID = 'com.quickmeet.app';
