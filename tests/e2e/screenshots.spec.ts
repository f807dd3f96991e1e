import { expect, test, type Locator, type Page } from '@playwright/test';
import { LEVELS, newPartnership, ratingGroup, waitForSaved } from './helpers.ts';

/** Regenerates the README's screenshots; off by default because it rewrites files under docs/. */
test.skip(process.env.PR_SCREENSHOTS !== '1', 'screenshots are regenerated only when PR_SCREENSHOTS=1 is set');
test.use({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });

const PATTERN = [3, 2, 0, 2, 1, 3, 2, 1, 2, 3, 0, 2, 2, 3, 1, 2, 0, 2, 3, 1, 2];

async function fillSampleReview(page: Page): Promise<void> {
  await page.goto('/');
  await newPartnership(page, 'Riverside Health & Wellbeing Partnership');
  await page
    .getByLabel('Partner organisations')
    .fill('Riverside Borough Council\nRiverside NHS Foundation Trust\nRiverside Voluntary Action');
  await page.getByRole('button', { name: 'New review' }).click();
  await page.getByLabel('Review title').fill('Annual review workshop');
  await page.getByLabel('Date', { exact: true }).fill('2026-03-12');
  await page.getByLabel('Facilitator').fill('Sam Patel');
  await page.getByLabel('Participants (one per line)').fill('Jane Smith\nAmir Khan\nLiz Morgan');
  const numbers = await page
    .getByRole('radiogroup', { name: /^\d\.\d / })
    .evaluateAll((groups) =>
      groups.map((g) => document.getElementById(g.getAttribute('aria-labelledby')!)!.textContent!.trim().split(/\s/)[0]!),
    );
  for (const [i, number] of numbers.entries()) {
    await ratingGroup(page, number)
      .getByRole('radio', { name: LEVELS[PATTERN[i % PATTERN.length]!], exact: true })
      .check();
  }
  await page.getByLabel('1.3 Action Needed').fill('Hold a joint away-day to agree what each partner will change');
  await page.getByLabel('1.3 By Whom?').fill('Jane Smith (Council)');
  await page.getByLabel('1.3 Due date').fill('2026-05-01');
  await page.getByLabel('2.6 Action Needed').fill('Rotate the chair between partners');
  const factors = page.getByRole('region', { name: /^1 Leadership/ }).getByRole('radiogroup', { name: /^(?!\d\.\d)/ });
  await factors.nth(0).getByRole('radio', { name: 'Tick' }).check();
  await factors.nth(1).getByRole('radio', { name: 'Cross' }).check();
  await factors.nth(3).getByRole('radio', { name: 'Tick' }).check();
  await waitForSaved(page);
}

/** Puts `target` just below the sticky header and tab bar. */
async function scrollToTop(page: Page, target: Locator, below = 150): Promise<void> {
  await target.evaluate((el, gap) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - gap), below);
}

test('screenshots of the review grid and the summary for the README', async ({ page }) => {
  await fillSampleReview(page);
  await page
    .locator('tbody', { has: ratingGroup(page, '1.3') })
    .locator('details summary')
    .click();
  // Low enough that the section jump list shows whole below the sticky tab bar.
  await scrollToTop(page, page.getByRole('heading', { name: /^1 Leadership/ }), 200);
  await page.mouse.move(0, 0);
  await page.screenshot({ path: 'docs/screenshots/review-grid.png' });
  await page.getByRole('button', { name: 'Summary' }).click();
  await expect(page.getByRole('heading', { name: 'Priorities' })).toBeVisible();
  await scrollToTop(page, page.getByRole('heading', { name: 'Ratings by section' }));
  await page.screenshot({ path: 'docs/screenshots/summary.png' });
});
