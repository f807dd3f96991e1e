import { expect, test } from '@playwright/test';

test.describe('the static app shell', () => {
  test.use({ javaScriptEnabled: false });
  test('paints the header from the HTML alone, before any script runs', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('#shell')).toContainText('Partnership Review');
    await expect(page.locator('#shell')).toContainText('Digging Deeper – Finding Answers');
  });
});

test('gives way to the real header once the app has mounted, leaving one header', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'New partnership' })).toBeVisible();
  await expect(page.locator('#shell')).toHaveCount(0);
  await expect(page.locator('header')).toHaveCount(1);
});
