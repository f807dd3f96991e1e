import { expect, test, type Page } from '@playwright/test';
import { backupFile, BENCHMARKS, review, uuid } from './compare-data.ts';

/**
 * Issue 11, item 7 beyond the review screen: a final review stays read-only when it is reached from elsewhere. The
 * action registers (the comparison's and the portfolio's) leave its actions' status alone, saying why, and a review
 * file holding a newer version of it asks before reopening it; declining changes nothing.
 */
test.slow();

const REASON = '“Autumn” is final: reopen it to change an action’s status.';
const spring = {
  ...review(2, 'Spring', '2025-03-01', {
    '2.1': { rating: 'yes-needs-improving', actionNeeded: 'Publish the minutes', byWhom: 'Secretariat' },
  }),
  status: 'draft' as const,
};
const autumn = review(3, 'Autumn', '2025-10-01', {
  '1.2': { rating: 'no-action-in-hand', actionNeeded: 'Map what each partner adds', byWhom: 'Jo Bloggs' },
});

async function choose(page: Page, button: string, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(file);
}

async function seed(page: Page): Promise<void> {
  await page.goto('/');
  await choose(page, 'Restore or add from backup…', backupFile('Riverside Health Partnership', [spring, autumn]));
  await expect(page.getByText(/Added from backup/)).toBeVisible();
}

async function openRegister(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: 'Riverside Health Partnership' }).click();
  await page.getByRole('button', { name: 'Compare reviews' }).click();
  await page.getByRole('tab', { name: /Action register/ }).click();
}

test('the action registers leave a final review’s actions alone, saying why, until it is reopened', async ({ page }, testInfo) => {
  await seed(page);
  await openRegister(page);
  const status = (number: string) => page.locator(`table.register tr[data-benchmark="${number}"]`).getByRole('combobox');
  // Autumn is final: its action's status is disabled, the reason its description and "Final — read-only" shown.
  await expect(status('1.2')).toBeDisabled();
  await expect(status('1.2')).toHaveAccessibleDescription(REASON);
  await expect(page.locator('table.register tr[data-benchmark="1.2"]')).toContainText('Final — read-only');
  await page.screenshot({ path: testInfo.outputPath('register-final.png') });
  // Spring is a draft: its action's status is set there as before.
  await expect(status('2.1')).toBeEnabled();
  await status('2.1').selectOption('in-progress');
  // Saved once the register counts it (it counts what the store took).
  await expect(page.locator('.summary p')).toContainText('1 open, 1 in progress');
  await page.reload();
  await page.getByRole('tab', { name: /Action register/ }).click();
  await expect(status('2.1')).toHaveValue('in-progress');
  await expect(status('1.2')).toHaveValue('open');

  // The register across partnerships says the same.
  await page.goto('/#/actions');
  const across = page.getByRole('table', { name: 'Actions across every partnership' });
  const mapStatus = across.getByLabel(/Status of “Map what each partner adds”/);
  await expect(mapStatus).toBeDisabled();
  await expect(mapStatus).toHaveAccessibleDescription(REASON);
  await expect(across.getByLabel(/Status of “Publish the minutes”/)).toBeEnabled();

  // Reopened (the review's own control), its action's status can be set again.
  await page.goto(`/#/review/${uuid(3)}/grid`);
  await page.getByRole('status').filter({ hasText: 'Final — read-only' }).getByRole('button', { name: 'Reopen for editing' }).click();
  await page.getByRole('dialog', { name: 'Reopen for editing?' }).getByRole('button', { name: 'Reopen for editing' }).click();
  await expect(page.getByRole('combobox', { name: 'Status', exact: true })).toHaveValue('draft');
  await openRegister(page);
  await expect(status('1.2')).toBeEnabled();
  await status('1.2').selectOption('done');
  await expect(page.locator('.summary p')).toContainText('1 done');
  await page.reload();
  await page.getByRole('tab', { name: /Action register/ }).click();
  await expect(status('1.2')).toHaveValue('done');
});

test('a review file holding a newer version of a final review asks before reopening it; declining changes nothing', async ({ page }) => {
  await seed(page);
  // The same review from another laptop, edited later: 1.2 has a new owner.
  const edited = { ...autumn, updatedAt: '2026-02-01T10:00:00.000Z' };
  edited.answers = { ...edited.answers, [BENCHMARKS['1.2']!]: { ...edited.answers[BENCHMARKS['1.2']!]!, byWhom: 'Amir Khan' } };
  const partnership = JSON.parse(backupFile('Riverside Health Partnership', []).buffer.toString()).partnerships[0];
  const body = { format: 'partnership-review/review', formatVersion: 1, savedAt: edited.updatedAt, partnership, review: edited };
  const file = { name: 'autumn.partnershipreview', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(body)) };

  await page.goto('/');
  await choose(page, 'Open review file', file);
  const dialog = page.getByRole('dialog', { name: '“Autumn” is final' });
  await expect(dialog).toContainText('It is final, so it is read-only: updating it from the file reopens it as a draft.');
  await expect(dialog).toContainText('Amir Khan');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);

  // Nothing changed: still final, still Jo Bloggs.
  await page.goto(`/#/review/${uuid(3)}/grid`);
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'Final — read-only' })).toBeVisible();
  await expect(page.getByLabel('1.2 By Whom?')).toHaveValue('Jo Bloggs');

  // Agreed: updated from the file, and a draft again.
  await page.goto('/');
  await choose(page, 'Open review file', file);
  await page.getByRole('dialog', { name: '“Autumn” is final' }).getByRole('button', { name: 'Reopen and update' }).click();
  await expect(page.getByText('“Autumn” updated from the file, and reopened as a draft.')).toBeVisible();
  await expect(page.getByLabel('1.2 By Whom?')).toHaveValue('Amir Khan');
  await expect(page.getByRole('status').filter({ hasText: 'Final — read-only' })).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Status', exact: true })).toHaveValue('draft');
});
