/**
 * The Content-Security-Policy sent with every app:// response. Kept free of Electron imports so that
 * scripts/check-window-security.ts can load and audit the exact policy that ships.
 *
 * - scripts only from the app itself: no inline script, no eval, no remote origin;
 * - inline styles are allowed because Svelte writes style attributes for transitions and dynamic widths;
 * - blob: only for images and fetches, where workbook bytes and previews travel as Blobs; never for scripts;
 * - nothing may frame the app, be framed by it, or be posted to by a form.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'", 'blob:'],
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'frame-src': ["'none'"],
  'child-src': ["'none'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'none'"],
  'base-uri': ["'none'"],
};

export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
  .join('; ');
