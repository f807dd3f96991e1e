import { expect, test, type Page } from '@playwright/test';
import { newPartnership, waitForSaved } from './helpers.ts';

/**
 * The README's picture of the heat map (many voices): seven paper forms typed in, names shown, at a laptop's
 * 1366 × 768. Off by default because it rewrites a file under docs/.
 */
test.skip(process.env.PR_SCREENSHOTS !== '1', 'screenshots are regenerated only when PR_SCREENSHOTS=1 is set');
test.use({ viewport: { width: 1366, height: 768 }, locale: 'en-GB' });

/** One line per respondent: name, organisation, role, and a digit per benchmark 1.1 … 4.5 (0 for none). */
const FORMS: [string, string, string, string][] = [
  ['Jane Smith', 'Riverside Borough Council', 'Director of public health', '332342232143321234232'],
  ['Amir Khan', 'Riverside Borough Council', 'Finance lead', '321332222133321224132'],
  ['Liz Morgan', 'Riverside Borough Council', 'Housing manager', '432343332243421334242'],
  ['Tom Okafor', 'Riverside NHS Foundation Trust', 'Chief operating officer', '212131112021212113121'],
  ['Ruth Evans', 'Riverside NHS Foundation Trust', 'Ward sister', '223231122121312123131'],
  ['Dev Patel', 'Riverside NHS Foundation Trust', 'Data analyst', '213141111031213114121'],
  ['Mia Dunn', 'Riverside Voluntary Action', 'Volunteer coordinator', '434444343344434344444'],
];

async function typePaperForm(page: Page, [name, organisation, role, digits]: (typeof FORMS)[number]): Promise<void> {
  await page.getByRole('button', { name: 'Enter a paper form' }).click();
  await expect(page.getByLabel('Name', { exact: true })).toBeFocused();
  for (const text of [name, organisation, role]) {
    await page.keyboard.type(text);
    await page.keyboard.press('Tab');
  }
  for (const digit of digits) await page.keyboard.press(digit);
  await expect(page.getByRole('button', { name: 'Done' })).toBeFocused();
  await page.keyboard.press('Enter');
}

test('screenshot of the respondents’ heat map for the README', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/');
  await newPartnership(page, 'Riverside Health & Wellbeing Partnership');
  await page
    .getByLabel('Partner organisations')
    .fill('Riverside Borough Council\nRiverside NHS Foundation Trust\nRiverside Voluntary Action');
  await page.getByRole('button', { name: 'New review' }).click();
  await page.getByLabel('Review title').fill('Annual review workshop');
  await page.getByRole('button', { name: 'Respondents', exact: true }).click();
  for (const form of FORMS) await typePaperForm(page, form);
  await expect(page.getByRole('heading', { name: /^Respondents/ })).toContainText(`(${FORMS.length})`);
  await page.getByRole('button', { name: 'Heat map' }).click();
  const map = page.getByRole('table');
  await expect(map.getByRole('row', { name: /^Jane Smith/ })).toBeVisible();
  await expect(map.getByText('fewer than 3 responses')).toHaveCount(1);
  await waitForSaved(page);
  await map.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 190));
  await page.mouse.move(0, 0);
  await page.screenshot({ path: 'docs/screenshots/heat-map.png' });
});
