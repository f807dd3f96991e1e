import { expect, test, type Page } from '@playwright/test';
import { BENCHMARKS, uuid } from './compare-data.ts';
import { LEVELS, newPartnership, ratingGroup, tabTo, waitForSaved } from './helpers.ts';

type Level = 'no-action-needed' | 'no-action-in-hand' | 'yes-needs-improving' | 'yes-working-well';

/**
 * Three partners' ratings and a show of hands, by benchmark number. Worked by hand (levels 1–4 from "NO - action is
 * needed"; consensus Tastle–Wierman, 1 + Σ pᵢ log₂(1 − |Xᵢ − μ|/3)):
 * - 1.1: A and B at 1, C at 4, one hand at 2 → counts 2,1,0,1; μ = 2, Cns = 1 + ½log₂(⅔) + ¼log₂(⅓) ≈ 0.31; divergent.
 * - 1.2: A, B, C and two hands at 3 → unanimous "YES - but needs improving", offered as the agreed rating.
 * - 1.3: A at 4, B at 3 → μ = 3.5, Cns = 1 + log₂(⅚) ≈ 0.74; both YES, so not divergent.
 * - 2.3: A at 1, B and C at 4 → μ = 3, Cns = 1 + ⅓log₂(⅓) + ⅔log₂(⅔) ≈ 0.08; divergent.
 * - 4.1: A at 2, C at 3 → Cns ≈ 0.74; a NO and a YES, so divergent.
 * Divergent first, lowest consensus first: 2.3, 1.1, 4.1; then 1.3 (0.74), 1.2 (1); then the unrated in form order.
 */
const RATINGS: Record<'A' | 'B' | 'C', Record<string, Level>> = {
  A: {
    '1.1': 'no-action-needed',
    '1.2': 'yes-needs-improving',
    '1.3': 'yes-working-well',
    '2.3': 'no-action-needed',
    '4.1': 'no-action-in-hand',
  },
  B: { '1.1': 'no-action-needed', '1.2': 'yes-needs-improving', '1.3': 'yes-needs-improving', '2.3': 'yes-working-well' },
  C: { '1.1': 'yes-working-well', '1.2': 'yes-needs-improving', '2.3': 'yes-working-well', '4.1': 'yes-needs-improving' },
};
const HANDS: Record<string, Partial<Record<Level, number>>> = {
  '1.1': { 'no-action-in-hand': 1 },
  '1.2': { 'yes-needs-improving': 2 },
};

const byId = <T>(byNumber: Record<string, T>) => Object.fromEntries(Object.entries(byNumber).map(([n, v]) => [BENCHMARKS[n]!, v]));

function respondents() {
  return (['A', 'B', 'C'] as const).map((who, i) => ({
    id: uuid(500 + i),
    name: `Partner ${who}`,
    organisation: i === 2 ? 'Riverside NHS Trust' : 'Riverside Council',
    role: '',
    source: 'by-hand',
    formId: null,
    fingerprint: null,
    ratings: byId(RATINGS[who]),
    comments: {},
    factors: {},
    receivedAt: '2026-12-01T10:00:00.000Z',
  }));
}

/** A new review made through the app, then given respondents and hands straight in IndexedDB, and reopened. */
async function reviewWithRespondents(page: Page): Promise<void> {
  await page.goto('/');
  await newPartnership(page, 'Riverside Health Partnership');
  await page.getByRole('button', { name: 'New review' }).click();
  await expect(page.getByLabel('Review title')).toBeVisible();
  await waitForSaved(page);
  const reviewId = page.url().split('#/review/')[1]!.split('/')[0]!;
  await page.evaluate(
    ({ id, respondents, hands }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('partnership-review');
        open.onsuccess = () => {
          const tx = open.result.transaction('reviews', 'readwrite');
          const reviews = tx.objectStore('reviews');
          const get = reviews.get(id);
          get.onsuccess = () => reviews.put({ ...get.result, respondents, hands });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    { id: reviewId, respondents: respondents(), hands: byId(HANDS) },
  );
  await page.reload();
  await expect(page.getByLabel('Review title')).toBeVisible();
}

const rows = (page: Page, number: string) => page.locator(`tbody.benchmark[data-benchmark="${number}"]`);

test('a review without respondents or hands shows the form as before: no spread, no agreeing tools, no agenda', async ({ page }) => {
  await page.goto('/');
  await newPartnership(page, 'No respondents');
  await page.getByRole('button', { name: 'New review' }).click();
  await expect(ratingGroup(page, '1.1')).toBeVisible();
  await expect(page.getByRole('img', { name: /Partners' ratings/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Divergent first' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '1.1 No agreement reached' })).toHaveCount(0);
  await expect(page.getByLabel('1.1 Why we agreed this')).toHaveCount(0);
});

test('partners’ spread and Divergent beside each agreed rating; a unanimous rating accepted by keyboard', async ({ page }) => {
  test.slow(); // Two reloads and many checks: more than a minute on a busy machine.
  await reviewWithRespondents(page);

  // The spread, as text in each level's column (readable without colour) and as one spoken name.
  await expect(rows(page, '1.1').locator('.spread .count')).toHaveText(['2', '1', '0', '1']);
  await expect(
    rows(page, '1.1').getByRole('img', {
      name: "Partners' ratings: 2 NO - action is needed, 1 NO - but action is in hand, 1 YES - working well; consensus 0.31",
    }),
  ).toBeVisible();
  await expect(rows(page, '1.1').getByText('4 responses')).toBeVisible();
  await expect(rows(page, '1.1').locator('.divergent')).toHaveText('⇄ Divergent');
  await expect(rows(page, '2.3').locator('.divergent')).toBeVisible();
  await expect(rows(page, '1.3').locator('.spread .count')).toHaveText(['0', '0', '1', '1']);
  await expect(rows(page, '1.3').getByText('Consensus 0.74')).toBeVisible();
  await expect(rows(page, '1.3').locator('.divergent')).toHaveCount(0);
  await expect(rows(page, '1.4').getByText('No partner rated this')).toBeVisible();

  // Only the unanimous benchmark offers its rating, and nothing is set until someone accepts it.
  await expect(page.getByRole('button', { name: /^Accept partners' rating/ })).toHaveCount(1);
  const suggestion = page.getByRole('button', { name: "Accept partners' rating for 1.2: YES - but needs improving" });
  await expect(suggestion).toBeVisible();
  for (const level of LEVELS) await expect(ratingGroup(page, '1.2').getByRole('radio', { name: level, exact: true })).not.toBeChecked();

  // By keyboard: Tab from the benchmark before into this one's rating group, press A.
  await ratingGroup(page, '1.1').getByRole('radio', { name: LEVELS[0], exact: true }).focus();
  await tabTo(page, ratingGroup(page, '1.2').getByRole('radio', { name: LEVELS[0], exact: true }), 12);
  await page.keyboard.press('a');
  const agreed = ratingGroup(page, '1.2').getByRole('radio', { name: LEVELS[2], exact: true });
  await expect(agreed).toBeChecked();
  await expect(agreed).toBeFocused();
  await expect(page.getByText("1.2 agreed as YES - but needs improving, the partners' rating")).toBeAttached();
  await expect(suggestion).toHaveCount(0);
  await waitForSaved(page);
  await page.reload();
  await expect(ratingGroup(page, '1.2').getByRole('radio', { name: LEVELS[2], exact: true })).toBeChecked();
});

test('No agreement reached is recorded, told apart in the Summary, and the why-note is kept after a reload', async ({ page }) => {
  test.slow(); // Two reloads and a change of view: more than a minute on a busy machine.
  await reviewWithRespondents(page);

  // Recording it clears a rating; choosing a rating takes it back.
  const group = ratingGroup(page, '1.1');
  await group.getByRole('radio', { name: LEVELS[0], exact: true }).check();
  const toggle = page.getByRole('button', { name: '1.1 No agreement reached' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  for (const level of LEVELS) await expect(group.getByRole('radio', { name: level, exact: true })).not.toBeChecked();
  await expect(rows(page, '1.1').locator('.ratings-cell').getByText('No agreement reached')).toBeVisible();
  await group.getByRole('radio', { name: LEVELS[3], exact: true }).check();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(group.getByRole('radio', { name: LEVELS[3], exact: true })).not.toBeChecked();
  // Discussed, so answered, and said apart: Leadership has 5 benchmarks and 8 typical factors; the form 21 and 28.
  await expect(page.getByText('0 of 5 rated · 1 no agreement reached · 0 of 8 factors')).toBeVisible();
  await expect(page.getByText('0 of 21 rated · 1 no agreement reached · 0 of 28 factors')).toBeVisible();

  await page.getByLabel('1.1 Why we agreed this').fill('The Council sees a shared vision; the Trust does not yet.');

  // The Summary counts it apart from "not yet discussed" and lists it with its note, not as a priority by level.
  await page.getByRole('button', { name: 'Summary' }).click();
  const table = page.locator('table.scores');
  await expect(table.locator('thead th')).toContainText(['No agreement reached', 'Not yet discussed']);
  const leadership = table.locator('tbody tr').first();
  // Leadership: 4 level counts (all 0), then No agreement reached 1, Not yet discussed 4, index —.
  await expect(leadership.locator('td')).toHaveText(['0', '0', '0', '0', '1', '4', '—0 of 5 rated', '0.68']);
  const list = page.getByRole('list', { name: 'No agreement reached' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText('1.1');
  await expect(list).toContainText('The Council sees a shared vision; the Trust does not yet.');

  await waitForSaved(page);
  await page.reload();
  await page.getByRole('button', { name: 'Form', exact: true }).click();
  await expect(page.getByLabel('1.1 Why we agreed this')).toHaveValue('The Council sees a shared vision; the Trust does not yet.');
  await expect(page.getByRole('button', { name: '1.1 No agreement reached' })).toHaveAttribute('aria-pressed', 'true');
});

test('Divergent first turns the grid into the discussion agenda, each benchmark naming its section', async ({ page }) => {
  await reviewWithRespondents(page);
  await expect(page.getByText('3 divergent')).toBeVisible();
  const order = page.getByRole('button', { name: 'Divergent first' });
  await order.focus();
  await page.keyboard.press('Enter');
  await expect(order).toHaveAttribute('aria-pressed', 'true');
  const agenda = page.getByRole('region', { name: 'Discussion agenda' });
  const numbers = await agenda.locator('tbody.benchmark').evaluateAll((els) => els.map((e) => e.getAttribute('data-benchmark')));
  expect(numbers.slice(0, 6)).toEqual(['2.3', '1.1', '4.1', '1.3', '1.2', '1.4']);
  expect(numbers).toHaveLength(21);
  await expect(rows(page, '2.3').getByText('Section 2 · Trust')).toBeVisible();
  await expect(rows(page, '4.1').getByText('Section 4 · Managing for Performance')).toBeVisible();
  // Agreeing works the same in the agenda, and the form order comes back.
  await ratingGroup(page, '2.3').getByRole('radio', { name: LEVELS[1], exact: true }).check();
  await page.getByRole('button', { name: 'Numbered order' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '1 Leadership' })).toBeVisible();
  await expect(ratingGroup(page, '2.3').getByRole('radio', { name: LEVELS[1], exact: true })).toBeChecked();
});
