import { protocol } from 'electron';
import { APP_SCHEME } from './origin.ts';
import { createAppRequestHandler } from './serve-renderer.ts';

/**
 * Must run before the app is ready: Chromium fixes the set of privileged schemes at start-up. "standard" gives the
 * scheme real origins (so IndexedDB and relative URLs work), "secure" makes it a secure context.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Call once the app is ready. */
export function serveRenderer(root: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(root));
}
