import type { Session, WebContents } from 'electron';
import { isAppUrl } from './origin.ts';

/**
 * Applied to every WebContents the app ever creates (main.ts hooks app "web-contents-created"), so a window added
 * later cannot forget it. The renderer only ever needs its own app:// pages; everything else is refused.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** No camera, microphone, notifications, clipboard-read, geolocation, HID, serial, USB… the app needs none. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
