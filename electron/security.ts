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

/**
 * No camera, microphone, notifications, clipboard-read, geolocation, HID, serial, USB… the app needs none. The one
 * permission granted is full screen, and only to the app's own page: workshop mode fills the projector.
 */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(permission === 'fullscreen' && isAppUrl(details.requestingUrl)),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => permission === 'fullscreen' && isAppUrl(requestingOrigin));
  session.setDevicePermissionHandler(() => false);
}
