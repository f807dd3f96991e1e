import { expect, type Locator, type Page } from '@playwright/test';

/** Presses Tab until `target` has focus, proving it can be reached by keyboard alone. */
export async function tabTo(page: Page, target: Locator, maxPresses = 80): Promise<void> {
  for (let i = 0; i < maxPresses; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target} with ${maxPresses} Tab presses`);
}

export async function waitForSaved(page: Page): Promise<void> {
  await expect(page.locator('.save-status [role="status"]')).toHaveText('Saved');
}

export async function newPartnership(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'New partnership' }).click();
  // The name is asked for first, in a small dialog; nothing is created until it is given.
  const dialog = page.getByRole('dialog', { name: 'New partnership' });
  await dialog.getByLabel('Partnership name').fill(name);
  await dialog.getByRole('button', { name: 'Create partnership' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

export const LEVELS = ['NO - action is needed', 'NO - but action is in hand', 'YES - but needs improving', 'YES - working well'] as const;

export function ratingGroup(page: Page, number: string): Locator {
  return page.getByRole('radiogroup', { name: new RegExp(`^${number.replace('.', '\\.')} `) });
}
