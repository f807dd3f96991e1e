/**
 * The renderer's origin. IndexedDB (the whole library) is keyed by origin, so the scheme and host are chosen once
 * and must never change, or every saved review would look lost after an update.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'partnership-review';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/** True only for URLs served by our own protocol handler (same scheme and host), never for look-alikes. */
export function isAppUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}
