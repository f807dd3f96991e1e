import { expect, test, type Page } from '@playwright/test';
import { readDatabase } from '../fixtures/db/build-database.ts';
import { waitForSaved } from './helpers.ts';

const partnerships = async (page: Page) => (await page.evaluate(readDatabase, { name: 'partnership-review' })).partnerships ?? [];

test('New partnership asks for the name first and creates nothing when the person backs out', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('No partnerships yet')).toBeVisible();
  const asked = page.getByRole('dialog', { name: 'New partnership' });
  const name = asked.getByLabel('Partnership name');

  // Escape: nothing made, still on the library.
  await page.getByRole('button', { name: 'New partnership' }).click();
  await expect(name).toBeFocused();
  await name.fill('Half typed');
  await page.keyboard.press('Escape');
  await expect(asked).toBeHidden();
  // Cancel: the same.
  await page.getByRole('button', { name: 'New partnership' }).click();
  await expect(name).toHaveValue('');
  await asked.getByRole('button', { name: 'Cancel' }).click();
  await expect(asked).toBeHidden();
  // A blank name is not a name: the dialog says so and stays.
  await page.getByRole('button', { name: 'New partnership' }).click();
  await name.fill('   ');
  await asked.getByRole('button', { name: 'Create partnership' }).click();
  await expect(asked.getByRole('alert')).toHaveText('Type partnership name first.');
  await expect(name).toBeFocused();
  await expect(page.getByText('No partnerships yet')).toBeVisible();
  expect(await partnerships(page)).toEqual([]);
  await page.reload();
  await expect(page.getByText('No partnerships yet')).toBeVisible();
  expect(await partnerships(page)).toEqual([]);

  // Given a name, it is created with it and opened.
  await page.getByRole('button', { name: 'New partnership' }).click();
  await name.fill('Riverside Alliance');
  await name.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Riverside Alliance' })).toBeVisible();
  await expect(page.getByLabel('Partnership name')).toHaveValue('Riverside Alliance');
  expect((await partnerships(page)).map((p) => (p as { name: string }).name)).toEqual(['Riverside Alliance']);
});

test('Compare reviews is disabled, with the reason as its description, until there are two reviews', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New partnership' }).click();
  await page.getByRole('dialog').getByLabel('Partnership name').fill('Two reviews needed');
  await page.getByRole('button', { name: 'Create partnership' }).click();
  const compare = page.getByRole('button', { name: 'Compare reviews' });
  await expect(compare).toBeDisabled();
  await expect(compare).toHaveAccessibleDescription(/needs at least two reviews; this partnership has none yet/);
  const here = page.url();
  // Still focusable and clickable (so the reason is heard), but it does nothing.
  await compare.click({ force: true });
  await expect(page.getByRole('heading', { level: 1, name: 'Two reviews needed' })).toBeVisible();
  expect(page.url()).toBe(here);

  for (const [i, title] of ['First workshop', 'Second workshop'].entries()) {
    await page.getByRole('button', { name: 'New review' }).click();
    // With an earlier review, New review asks whether to carry its open actions forward.
    if (i === 1)
      await page
        .getByRole('dialog', { name: 'New review' })
        .getByRole('button', { name: /^Blank review/ })
        .click();
    await page.getByLabel('Review title').fill(title);
    await waitForSaved(page);
    await page.getByRole('link', { name: 'Two reviews needed' }).click();
    if (i === 0) {
      await expect(compare).toBeDisabled();
      await expect(compare).toHaveAccessibleDescription(/this partnership has one\./);
    }
  }
  await expect(compare).toBeEnabled();
  await expect(compare).toHaveAccessibleDescription('');
  await compare.click();
  await expect(page).toHaveURL(/#\/compare\//);
});
