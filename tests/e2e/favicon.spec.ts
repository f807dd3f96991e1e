import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const port = Number(process.env.PR_WEB_PORT ?? 4317);
const built = path.resolve(process.env.PR_WEB_PORT ? `dist/e2e-${port}` : 'dist/renderer');

test('the tab shows the app’s icon: an SVG favicon with a PNG fallback, and /favicon.ico, all served', async ({ page }) => {
  await page.goto('/');
  const icons = await page
    .locator('link[rel="icon"]')
    .evaluateAll((links) => links.map((l) => ({ href: (l as HTMLLinkElement).href, type: l.getAttribute('type') })));
  expect(icons.map((i) => i.type).sort()).toEqual(['image/png', 'image/svg+xml']);
  for (const icon of icons) {
    const response = await page.request.get(icon.href);
    expect(response.status(), icon.href).toBe(200);
    expect(response.headers()['content-type'], icon.href).toContain(icon.type!);
    const body = await response.body();
    if (icon.type === 'image/png') {
      // The PNG's header: its signature, then its width and height (32×32).
      expect(body.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([body.readUInt32BE(16), body.readUInt32BE(20)]).toEqual([32, 32]);
    } else {
      expect(body.toString('utf8')).toContain('<svg');
    }
  }
  // Asked for by bookmarks, feed readers and older browsers that never read the page.
  const ico = await page.request.get('/favicon.ico');
  expect(ico.status()).toBe(200);
  const bytes = await ico.body();
  expect([...bytes.subarray(0, 4)]).toEqual([0, 0, 1, 0]);
  expect(bytes.readUInt16LE(4)).toBe(3);
});

test('every favicon is in the offline precache', async () => {
  const sw = await readFile(path.join(built, 'sw.js'), 'utf8');
  const precached = new Set([...sw.matchAll(/url:\s*"([^"]+)"/g)].map((m) => m[1]));
  for (const file of ['favicon.ico', 'icons/favicon.svg', 'icons/favicon-32.png']) expect(precached.has(file), file).toBe(true);
});
