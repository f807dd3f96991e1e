import { expect, test, type Page } from '@playwright/test';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { LEVELS, newPartnership, ratingGroup, waitForSaved } from './helpers.ts';
import { StaticServer } from './support/static-server.ts';

/**
 * The browser build installed as an offline app. Each test serves the build the Playwright web server made from a
 * server of its own, so that "offline" can mean the server is gone, not merely an emulated network flag.
 */
const port = Number(process.env.PR_WEB_PORT ?? 4317);
const built = path.resolve(process.env.PR_WEB_PORT ? `dist/e2e-${port}` : 'dist/renderer');

/** Resolves once the service worker is active and controls this page: every file is then in the precache. */
async function offlineReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The first visit is not yet controlled (the worker installs after it loaded); a reload is, from the cache.
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

test('every file the app can load, lazily loaded code included, is in the precache', async () => {
  const sw = await readFile(path.join(built, 'sw.js'), 'utf8');
  const precached = new Set([...sw.matchAll(/url:\s*"([^"]+)"/g)].map((m) => m[1]));
  const files: string[] = [];
  for (const entry of await readdir(built, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const relative = path.relative(built, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    // The worker itself and its runtime are not precached (the browser fetches them to check for updates).
    if (relative.endsWith('.map') || relative === 'sw.js' || /^workbox-[\w-]+\.js$/.test(relative)) continue;
    files.push(relative);
  }
  expect(files.length).toBeGreaterThan(5);
  // Lazily loaded chunks (the Excel code, the review and comparison screens) are among them.
  expect(files.some((f) => /^assets\/.+\.js$/.test(f))).toBe(true);
  expect(files.filter((f) => !precached.has(f))).toEqual([]);
  expect(precached.has('index.html')).toBe(true);
});

test('after one visit, the whole review works with no server at all', async ({ page }) => {
  test.setTimeout(120_000);
  const server = new StaticServer(built);
  const origin = await server.listen();
  try {
    await page.goto(origin + '/');
    await offlineReady(page);
    await server.close();
    // Nothing answers now: a reload must come from the installed app.
    await page.reload();
    await expect(page.getByRole('button', { name: 'New partnership' })).toBeVisible();

    await newPartnership(page, 'Offline Partnership');
    await page.getByRole('button', { name: 'New review' }).click();
    await page.getByLabel('Review title').fill('First offline review');
    await ratingGroup(page, '1.1').getByRole('radio', { name: LEVELS[2], exact: true }).check();
    await waitForSaved(page);

    // Excel: ExcelJS is loaded on first use — from the precache, as there is no server.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export to Excel' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);

    // A second review, then the comparison screen (another lazily loaded part).
    await page.goBack();
    await page.getByRole('button', { name: 'New review' }).click();
    await page
      .getByRole('dialog', { name: 'New review' })
      .getByRole('button', { name: /^Blank review/ })
      .click();
    await page.getByLabel('Review title').fill('Second offline review');
    await ratingGroup(page, '1.1').getByRole('radio', { name: LEVELS[3], exact: true }).check();
    await waitForSaved(page);
    await page.goBack();
    await page.getByRole('button', { name: 'Compare reviews' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Progress over time' })).toBeVisible();
    await expect(page.getByText('Second offline review').first()).toBeVisible();

    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByTestId('offline')).toContainText('works with the network off');
  } finally {
    await server.close().catch(() => undefined);
  }
});

test('a new version is offered, not forced, and reloading for it keeps what was just typed', async ({ page }) => {
  test.setTimeout(120_000);
  const server = new StaticServer(built);
  const origin = await server.listen();
  try {
    await page.goto(origin + '/');
    await offlineReady(page);
    await newPartnership(page, 'Update Partnership');
    await page.getByRole('button', { name: 'New review' }).click();

    // A new release: the same app with a changed service worker.
    const sw = await readFile(path.join(built, 'sw.js'), 'utf8');
    server.overrides.set('sw.js', `${sw}\n// release 2\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const notice = page.getByRole('status').filter({ hasText: 'A new version is ready' });
    await expect(notice).toBeVisible();

    // Nothing reloads by itself: the person keeps working, and types just before choosing Reload.
    await page.getByLabel('Review title').fill('Typed a moment before the update');
    // Listen before clicking: on a fast machine the reload can finish before a listener added afterwards.
    const reloaded = page.waitForEvent('load');
    await notice.getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    await expect(page.getByLabel('Review title')).toHaveValue('Typed a moment before the update');
    await expect(page.getByRole('status').filter({ hasText: 'A new version is ready' })).toHaveCount(0);
  } finally {
    await server.close();
  }
});
