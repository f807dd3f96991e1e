import { expect, test } from '@playwright/test';

test('the browser build starts, names the product and the form, and offers the main commands', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: /Partnership Review/ })).toBeVisible();
  await expect(page.getByText('Digging Deeper – Finding Answers')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Partnerships', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'New partnership' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Import from Excel' })).toBeVisible();
});
