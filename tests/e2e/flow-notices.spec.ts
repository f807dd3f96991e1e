import { expect, test } from '@playwright/test';

test.slow();

test('information closes by itself and stays in the history; errors stay; one of each kind; a new page starts clean', async ({ page }) => {
  await page.clock.install();
  await page.goto('/');
  // Backing up twice says "Saved …" twice: one notice shows, not two.
  await page.getByRole('button', { name: 'Back up library' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved / })).toHaveCount(1);
  await page.getByRole('button', { name: 'Back up library' }).click();
  await expect(page.locator('.notice')).toHaveCount(1);
  await page.clock.runFor(7000);
  await expect(page.locator('.notice')).toHaveCount(0);
  await page.getByText(/Recent messages/).click();
  await expect(page.getByRole('list', { name: 'Recent messages, newest first' }).getByRole('listitem')).toHaveCount(2);

  // An error stays until dismissed, beside at most one information notice.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore or add from backup…' }).click();
  await (await chooser).setFiles({ name: 'not-a-backup.json', mimeType: 'application/json', buffer: Buffer.from('{"nope": true}') });
  const error = page.getByRole('alert').filter({ hasText: 'Could not open the backup' });
  await expect(error).toBeVisible();
  await page.clock.runFor(60_000);
  await expect(error).toBeVisible();
  await page.getByRole('button', { name: 'Back up library' }).click();
  await expect(page.locator('.notice')).toHaveCount(2);

  // Another page: what was said here no longer shows.
  await page.clock.runFor(2000);
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.locator('.notice')).toHaveCount(0);
});
