import { expect, test } from '@playwright/test';
import { LEVELS, newPartnership, ratingGroup, tabTo, waitForSaved } from './helpers.ts';

/** Benchmarks in form order, rated by the pattern level = position mod 4, so every level and section is exercised. */
const NUMBERS = [
  '1.1',
  '1.2',
  '1.3',
  '1.4',
  '1.5',
  '2.1',
  '2.2',
  '2.3',
  '2.4',
  '2.5',
  '2.6',
  '3.1',
  '3.2',
  '3.3',
  '3.4',
  '3.5',
  '4.1',
  '4.2',
  '4.3',
  '4.4',
  '4.5',
];
const levelFor = (i: number) => i % 4;

test('a consultant fills a whole review by keyboard and finds it all after a reload', async ({ page }) => {
  // Some 150 key presses, each checked: generous so a busy machine does not fail it.
  test.setTimeout(180_000);
  await page.goto('/');
  await newPartnership(page, 'Riverside Health Partnership');
  await page.getByLabel('Partner organisations').fill('Riverside Council\nRiverside NHS Trust');
  await page.getByRole('button', { name: 'New review' }).click();
  await page.getByLabel('Review title').fill('Spring workshop');
  await page.getByLabel('Facilitator').fill('Sam Patel');

  const section1 = page.getByRole('region', { name: /^1 Leadership/ });
  const factors = section1.getByRole('radiogroup', { name: /^(?!\d\.\d)/ });
  const [first, second] = [factors.nth(0), factors.nth(1)];
  const bank = page.locator('tbody', { has: ratingGroup(page, '1.1') }).locator('details');
  let actionText = '';

  // Everything below is keyboard only, in tab order through the form.
  for (const [i, number] of NUMBERS.entries()) {
    if (number === '1.1') {
      // An action from the bank, which opens under the statement (before the ratings in tab order); choosing it twice
      // must not repeat it.
      await tabTo(page, bank.locator('summary'));
      await page.keyboard.press('Enter');
      const firstAction = bank.getByRole('button').first();
      actionText = (await firstAction.textContent())!.replace(/^\s*[+✓]\s*/, '').trim();
      await tabTo(page, firstAction);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
    }
    // Ratings: Tab into the group, Space picks the first level, arrows move to the wanted one.
    const group = ratingGroup(page, number);
    await tabTo(page, group.getByRole('radio').first());
    if (i === 0) {
      // Keyboard focus must be visible: the focused option's cell draws a focus ring.
      const ring = await group
        .locator('label')
        .first()
        .evaluate((el) => getComputedStyle(el).outlineStyle);
      expect(ring).toBe('solid');
    }
    await page.keyboard.press('Space');
    for (let k = 0; k < levelFor(i); k += 1) await page.keyboard.press('ArrowRight');
    await expect(group.getByRole('radio', { name: LEVELS[levelFor(i)], exact: true })).toBeChecked();

    if (number === '1.1') {
      await tabTo(page, page.getByLabel('1.1 By Whom?'));
      await page.keyboard.type('Jane Smith (Council)');
      await expect(page.getByLabel('1.1 Action Needed')).toHaveValue(actionText);
    }
    if (number === '1.5') {
      // Typical factors: the first ticked, the second crossed ("Unanswered" is each group's tab stop).
      await tabTo(page, first.getByRole('radio', { name: 'Unanswered' }));
      await page.keyboard.press('ArrowRight');
      await expect(first.getByRole('radio', { name: 'Tick' })).toBeChecked();
      await tabTo(page, second.getByRole('radio', { name: 'Unanswered' }));
      await page.keyboard.press('ArrowLeft');
      await expect(second.getByRole('radio', { name: 'Cross' })).toBeChecked();
    }
  }
  expect(actionText.length).toBeGreaterThan(10);

  await waitForSaved(page);
  await page.reload();

  await expect(page.getByRole('heading', { level: 1, name: 'Spring workshop' })).toBeVisible();
  for (const [i, number] of NUMBERS.entries()) {
    await expect(ratingGroup(page, number).getByRole('radio', { name: LEVELS[levelFor(i)], exact: true })).toBeChecked();
  }
  await expect(page.getByLabel('1.1 Action Needed')).toHaveValue(actionText);
  await expect(page.getByLabel('1.1 By Whom?')).toHaveValue('Jane Smith (Council)');
  await expect(first.getByRole('radio', { name: 'Tick' })).toBeChecked();
  await expect(second.getByRole('radio', { name: 'Cross' })).toBeChecked();
  await expect(factors.nth(2).getByRole('radio', { name: 'Unanswered' })).toBeChecked();
  await expect(page.getByLabel('Facilitator')).toHaveValue('Sam Patel');

  await page.getByRole('button', { name: 'Summary' }).click();
  const rows = page.getByRole('table').first().getByRole('row');
  // Section, four level counts, not rated, index. Worked by hand from the rating pattern above.
  await expect(rows.filter({ hasText: '1 Leadership' })).toHaveText(/1 Leadership\s*2\s*1\s*1\s*1\s*0\s*40/);
  await expect(rows.filter({ hasText: '2 Trust' })).toHaveText(/2 Trust\s*1\s*2\s*2\s*1\s*0\s*50/);
  await expect(rows.filter({ hasText: '3 Learning' })).toHaveText(/3 Learning\s*1\s*1\s*1\s*2\s*0\s*60/);
  await expect(rows.filter({ hasText: '4 Managing for Performance' })).toHaveText(/4 Managing for Performance\s*2\s*1\s*1\s*1\s*0\s*40/);
  await expect(rows.filter({ hasText: 'Overall' })).toHaveText(/Overall\s*6\s*5\s*5\s*5\s*0\s*48/);

  const needed = page.getByRole('list', { name: 'NO - action is needed' }).getByRole('listitem');
  const inHand = page.getByRole('list', { name: 'NO - but action is in hand' }).getByRole('listitem');
  await expect(needed.locator('strong')).toHaveText(['1.1', '1.5', '2.4', '3.2', '4.1', '4.5']);
  await expect(inHand.locator('strong')).toHaveText(['1.2', '2.1', '2.5', '3.3', '4.2']);
  await expect(needed.first()).toContainText(actionText);
  await expect(needed.first()).toContainText('Jane Smith (Council)');
  await expect(needed.first()).not.toContainText('No action yet');
  await expect(needed.nth(1)).toContainText('No action yet');
  await expect(needed.nth(1)).toContainText('No owner yet');
  await expect(page.getByText('No owner yet')).toHaveCount(10);
});
