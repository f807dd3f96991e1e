import type { VitePWAOptions } from 'vite-plugin-pwa';
/** The app header's colour (renderer/index.html's shell and app.css): the installed window's title bar matches it. */
const THEME_COLOUR = '#17324d';

/**
 * The browser build as an installable app that works with no connection: a manifest, and a service worker (Workbox)
 * that precaches every file the build emits — the start-up code and everything loaded later (Excel, comparison,
 * report, the file-parsing workers, fonts) — so that after one visit every feature works offline.
 *
 * Updates are offered, never forced (`registerType: 'prompt'`): a new service worker waits until the person chooses
 * Reload, and the app flushes the autosave first (renderer/src/pwa/). The registration script is the app's own and
 * is loaded after the first paint, so nothing here adds to the start-up bundle; the desktop shell never registers it.
 */
export const pwaOptions: Partial<VitePWAOptions> = {
  registerType: 'prompt',
  // No terser pass over sw.js: it is small, and minifying it costs every build (and every test run) half a minute.
  minify: false,
  injectRegister: false,
  // Icons are made from build/icon.svg by build/render-icon.mjs into renderer/public/ (favicon.ico) and its icons/.
  includeAssets: ['favicon.ico', 'icons/favicon.svg', 'icons/favicon-32.png', 'icons/apple-touch-icon.png'],
  manifest: {
    name: 'Partnership Review',
    short_name: 'Partnership Review',
    description: 'Review how a partnership works with the Smarter Partnerships “Digging Deeper – Finding Answers” form, offline.',
    lang: 'en-GB',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#f5f6f8',
    theme_color: THEME_COLOUR,
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    // Everything the build emits, lazily loaded chunks included (a test checks none is missing).
    globPatterns: ['**/*.{js,mjs,css,html,svg,png,ico,ttf,woff,woff2,json,webmanifest}'],
    // ExcelJS and the PDF library are large single chunks; they must be precached all the same.
    maximumFileSizeToCacheInBytes: 12 * 1024 * 1024,
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
    // Source maps are for developers, not worth a consultant's disk.
    globIgnores: ['**/*.map'],
    sourcemap: false,
  },
};
