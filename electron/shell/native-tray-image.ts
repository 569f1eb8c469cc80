import { nativeImage, type NativeImage } from 'electron';
import type { TrayIcon } from '../core/tray/tray-model';
import type { PlatformPolicy } from './platform-policy';
import { trayImageRepresentations } from './tray-icon-image';

/** Makes the tray's NativeImage of a state: 1× and 2× representations, a template image where the policy says. */
export function nativeTrayImage(policy: PlatformPolicy['tray']): (icon: TrayIcon) => NativeImage {
  return (icon) => {
    const image = nativeImage.createEmpty();
    for (const representation of trayImageRepresentations(policy, icon)) image.addRepresentation(representation);
    image.setTemplateImage(policy.templateImage);
    return image;
  };
}
