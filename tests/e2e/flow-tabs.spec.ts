import { expect, test } from '@playwright/test';
import { newPartnership } from './helpers.ts';

test.slow();

test('switching Form and Summary opens each tab at its top', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  await newPartnership(page, 'Tabs');
  await page.getByRole('button', { name: 'New review' }).click();
  await page.getByLabel('4.5 Notes').scrollIntoViewIfNeeded();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
  await page.getByRole('button', { name: 'Summary', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Summary', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  await page.mouse.wheel(0, 2000);
  await page.getByRole('button', { name: 'Form', exact: true }).click();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
});
