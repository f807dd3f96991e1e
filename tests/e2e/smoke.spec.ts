import { expect, test } from '@playwright/test';

test('the browser build starts and names the form', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Partnership Review' })).toBeVisible();
  await expect(page.getByText('Digging Deeper – Finding Answers')).toBeVisible();
});
