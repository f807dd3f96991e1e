import { expect, test } from '@playwright/test';
import { newPartnership, waitForSaved } from './helpers.ts';

/**
 * Issue 8, "contain what is left": whatever a parser does with a hostile file, it does it in a worker. Here the worker
 * script is swapped for one that never finishes (as a parser stuck on a crafted workbook would), so the test does not
 * depend on which files today's limits happen to let through.
 */
// The offline app's service worker would answer the worker script from its cache, out of the test's reach.
test.use({ serviceWorkers: 'block' });

test('an import whose parsing never finishes ends in a clear error, the page stays usable, and nothing is saved', async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await newPartnership(page, 'Contained import');
  await page.getByRole('button', { name: 'New review' }).click();
  await page.getByLabel('Review title').fill('Only review');
  await waitForSaved(page);

  // An honest export, to import once the stuck worker has been ended.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to Excel' }).click();
  const exported = testInfo.outputPath('only-review.xlsx');
  await (await downloading).saveAs(exported);

  await page.route(/decode-worker-[\w-]+\.js$/, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: 'self.onmessage = () => { for (;;) {} };' }),
  );
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import from Excel' }).click();
  await (
    await choosing
  ).setFiles({ name: 'stuck.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\u0003\u0004 stuck') });

  // While the worker spins, the page still answers: a field takes typing and the edit is saved.
  const action = page.getByLabel('1.1 Action Needed');
  await action.fill('typed while the file was being read');
  await expect(action).toHaveValue('typed while the file was being read');
  await waitForSaved(page);

  await expect(
    page.getByText('stuck.xlsx could not be read within 20 seconds; it may be damaged or far larger than a review form.'),
  ).toBeVisible({
    timeout: 40_000,
  });

  // Nothing was imported: the partnership still has its one review.
  await page.getByRole('link', { name: 'Contained import' }).click();
  await expect(page.getByRole('table').getByRole('rowheader')).toHaveCount(1);

  // The ended worker is replaced by a fresh one: an honest workbook imports again.
  await page.unroute(/decode-worker-[\w-]+\.js$/);
  await page.getByRole('rowheader').getByRole('link').first().click();
  const again = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import from Excel' }).click();
  await (await again).setFiles(exported);
  await expect(page.getByRole('dialog')).toContainText('Update “Only review”?');
});
