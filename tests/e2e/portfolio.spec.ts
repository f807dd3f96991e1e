import { expect, test, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { review, uuid } from './compare-data.ts';

/**
 * The library as a portfolio, on a fixed day (15 June 2026, UTC) so "overdue" is known. Two partnerships:
 *
 * Riverside (reviewed every 12 months, the default): Winter 2024-11-20, Spring 2025-03-01, Autumn 2025-10-01.
 *   Autumn rates 1.1 YES-improving (2), 1.2 and 1.3 NO-in hand (1 each), 1.4 YES-well (3): 7 of 12 points → 58,
 *   4 of 21 rated. Spring rates 1.1 NO-needed (0), 1.2 YES-well (3), 1.3 NO-in hand (1), 2.1 YES-improving (2):
 *   6 of 12 → 50. Change ↑ 8. Actions: the vision statement (carried, in progress, due 1 May 2025: overdue), the map
 *   of what each partner adds (open, no date), the minutes (done): 2 open, 1 overdue. Next review 1 Oct 2026.
 * Harbour (every 6 months): January 2025-01-10 rates 1.1 and 1.2 YES-well → 100; July 2025-07-20 rates 1.1
 *   YES-improving (2) and 1.2 NO-needed (0): 2 of 6 → 33, 2 of 21 rated. Change ↓ 67. One open action due
 *   1 Sept 2026 (not overdue). Next review 20 Jan 2026: overdue.
 */
const TODAY = '2026-06-15T10:00:00Z';
const RIVERSIDE = uuid(900);
const HARBOUR = uuid(901);
const stamp = '2026-01-01T09:00:00.000Z';

const riverside = [
  review(1, 'Winter', '2024-11-20', { '1.1': { rating: 'no-action-needed' }, '1.2': { rating: 'no-action-needed' } }),
  review(2, 'Spring', '2025-03-01', {
    '1.1': { rating: 'no-action-needed', actionNeeded: 'Agree a shared vision statement', byWhom: 'Board', dueDate: '2025-05-01' },
    '1.2': { rating: 'yes-working-well' },
    '1.3': { rating: 'no-action-in-hand' },
    '2.1': { rating: 'yes-needs-improving', actionNeeded: 'Publish the minutes', byWhom: 'Secretariat', actionStatus: 'done' },
  }),
  review(3, 'Autumn', '2025-10-01', {
    '1.1': {
      rating: 'yes-needs-improving',
      actionNeeded: 'Agree a shared vision statement',
      byWhom: 'Board',
      dueDate: '2025-05-01',
      actionStatus: 'in-progress',
      carriedFrom: uuid(2),
    },
    '1.2': { rating: 'no-action-in-hand', actionNeeded: 'Map what each partner adds', byWhom: 'Jo Bloggs' },
    '1.3': { rating: 'no-action-in-hand' },
    '1.4': { rating: 'yes-working-well' },
  }),
];
// Autumn is a draft: the register sets its actions' status (a final review's is read-only, final-guard.spec.ts).
riverside[2]!.status = 'draft';
const harbour = [
  review(11, 'January review', '2025-01-10', { '1.1': { rating: 'yes-working-well' }, '1.2': { rating: 'yes-working-well' } }),
  review(12, 'July review', '2025-07-20', {
    '1.1': { rating: 'yes-needs-improving' },
    '1.2': { rating: 'no-action-needed', actionNeeded: 'Set up a steering group', byWhom: 'Harbour Council', dueDate: '2026-09-01' },
  }),
].map((r) => ({ ...r, partnershipId: HARBOUR }));

/** A format-1 backup (before the review interval): Riverside reads as every 12 months; Harbour says 6. */
function portfolioBackup() {
  const partnership = (id: string, name: string, partners: string[], extra: object = {}) => ({
    id,
    name,
    partners,
    notes: '',
    ...extra,
    createdAt: stamp,
    updatedAt: stamp,
  });
  const body = {
    format: 'partnership-review/library',
    formatVersion: 1,
    savedAt: stamp,
    partnerships: [
      partnership(RIVERSIDE, 'Riverside Health Partnership', ['Riverside Council', 'Riverside NHS Trust']),
      partnership(HARBOUR, 'Harbour Trust', ['Harbour Council'], { reviewIntervalMonths: 6 }),
    ],
    reviews: [...riverside, ...harbour],
  };
  return { name: 'portfolio.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(body)) };
}

async function seed(page: Page): Promise<void> {
  await page.clock.setFixedTime(new Date(TODAY));
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore or add from backup…' }).click();
  await (await chooser).setFiles(portfolioBackup());
  await expect(page.getByRole('table', { name: /Partnerships/ }).getByRole('rowheader')).toHaveText([
    'Riverside Health Partnership',
    'Harbour Trust',
  ]);
}

const rowOf = (page: Page, name: string) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });

test('each partnership shows its latest review, index with coverage, change, actions and when the next review is due', async ({ page }) => {
  await seed(page);
  await expect(rowOf(page, 'Riverside Health Partnership').getByRole('cell')).toHaveText([
    'Riverside Council, Riverside NHS Trust',
    'Autumn · 1 Oct 2025',
    'index 58 · 4 of 21 rated',
    '↑ 8 points since the review before',
    '2 open · 1 overdue',
    '1 Oct 2026',
    '3',
  ]);
  await expect(rowOf(page, 'Harbour Trust').getByRole('cell')).toHaveText([
    'Harbour Council',
    'July review · 20 Jul 2025',
    'index 33 · 2 of 21 rated',
    '↓ 67 points since the review before',
    '1 open',
    '20 Jan 2026 Overdue',
    '2',
  ]);
  // The overdue review is highlighted (the signal colour), the one not yet due is not.
  const overdue = rowOf(page, 'Harbour Trust').getByRole('cell').nth(5);
  const notDue = rowOf(page, 'Riverside Health Partnership').getByRole('cell').nth(5);
  const fill = (cell: typeof overdue) => cell.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await fill(overdue)).toBe('rgb(253, 236, 234)');
  expect(await fill(notDue)).not.toBe('rgb(253, 236, 234)');

  // A shorter interval set on the partnership page moves the next review, and the portfolio shows it.
  await page.getByRole('link', { name: 'Riverside Health Partnership' }).click();
  await page.getByLabel(/Review every/).fill('6');
  await expect(page.locator('.save-status [role="status"]')).toHaveText('Saved');
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(rowOf(page, 'Riverside Health Partnership').getByRole('cell').nth(5)).toHaveText('1 Apr 2026 Overdue');
});

test('the search box finds partnerships by name, partner organisation and review title', async ({ page }) => {
  await seed(page);
  const search = page.getByRole('searchbox', { name: 'Search partnerships, partners and review titles' });
  const names = page.getByRole('table', { name: /Partnerships/ }).getByRole('rowheader');
  await search.fill('harbour');
  await expect(names).toHaveText(['Harbour Trust']);
  await search.fill('NHS trust');
  await expect(names).toHaveText(['Riverside Health Partnership']);
  // "Winter" is an earlier review's title, not the latest's.
  await search.fill('winter');
  await expect(names).toHaveText(['Riverside Health Partnership']);
  await search.fill('nowhere');
  await expect(page.getByRole('status').filter({ hasText: 'matches' })).toHaveText(
    'No partnership, partner or review title matches “nowhere”.',
  );
  await search.fill('');
  await expect(names).toHaveCount(2);
});

test('the action register across partnerships filters by owner, status and overdue, and a status set there survives a reload', async ({
  page,
}) => {
  await seed(page);
  await page.getByRole('link', { name: 'Action register' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Action register' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Actions across every partnership' });
  const actions = table.locator('tbody .action');
  // Open and in progress by default, both partnerships.
  await expect(actions).toHaveText(['Agree a shared vision statement', 'Map what each partner adds', 'Set up a steering group']);
  await page.getByLabel('Owner').selectOption('Harbour Council');
  await expect(actions).toHaveText(['Set up a steering group']);
  await page.getByLabel('Owner').selectOption('');
  await page.getByLabel('Overdue only').check();
  await expect(actions).toHaveText(['Agree a shared vision statement']);
  // Due 1 May 2025, 410 days before 15 June 2026: said as every sheet says it.
  await expect(table.locator('tbody .flag')).toHaveText('Overdue (410 days)');
  await page.getByLabel('Overdue only').uncheck();
  await page.getByLabel('Status', { exact: true }).selectOption('done');
  await expect(actions).toHaveText(['Publish the minutes']);

  await page.getByLabel('Status', { exact: true }).selectOption('unfinished');
  await table.getByLabel(/Status of “Map what each partner adds”/).selectOption('done');
  // Saved once it leaves the open and in-progress view (the list shows what the store took).
  await expect(actions).toHaveText(['Agree a shared vision statement', 'Set up a steering group']);
  await page.reload();
  await page.getByLabel('Status', { exact: true }).selectOption('done');
  await expect(actions).toHaveText(['Map what each partner adds', 'Publish the minutes']);

  // The portfolio counts it as done too: its summary row was rewritten with the review.
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(rowOf(page, 'Riverside Health Partnership').getByRole('cell').nth(4)).toHaveText('1 open · 1 overdue');
});

test('Export portfolio to Excel downloads a workbook openpyxl reads: one row per partnership, real dates, overdue marked', async ({
  page,
}, testInfo) => {
  await seed(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export portfolio to Excel' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Partnership portfolio 2026-06-15.xlsx');
  const file = testInfo.outputPath('portfolio.xlsx');
  await download.saveAs(file);
  const script = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": wb.sheetnames}
ws = wb["Portfolio"]
out["header"] = [c.value for c in ws[3]]
out["rows"] = [[(c.value.isoformat()[:10] if hasattr(c.value, "isoformat") else c.value) for c in row] for row in ws.iter_rows(min_row=4)]
out["dateFormats"] = [ws.cell(4, 4).number_format, ws.cell(5, 11).number_format]
out["isDate"] = [ws.cell(4, 4).is_date, ws.cell(5, 11).is_date]
out["overdueFill"] = ws.cell(5, 11).fill.fgColor.rgb
out["dueFill"] = ws.cell(4, 11).fill.fgColor.rgb
out["landscape"] = ws.page_setup.orientation
out["paper"] = ws.page_setup.paperSize
out["printTitles"] = ws.print_title_rows
acts = wb["Action register"]
out["actions"] = [[c.value for c in row][:5] for row in acts.iter_rows(min_row=4)]
print(json.dumps(out))
`;
  const run = spawnSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  const facts = JSON.parse(run.stdout) as Record<string, unknown>;
  expect(facts.sheets).toEqual(['Portfolio', 'Action register']);
  expect(facts.header).toEqual([
    'Partnership',
    'Partners',
    'Latest review',
    'Review date',
    'Index',
    'Coverage',
    'Change',
    'Open actions',
    'Overdue actions',
    'Review every (months)',
    'Next review due',
    'Review overdue',
  ]);
  expect(facts.rows).toEqual([
    [
      'Riverside Health Partnership',
      'Riverside Council, Riverside NHS Trust',
      'Autumn',
      '2025-10-01',
      58,
      'index 58 · 4 of 21 rated',
      '↑ 8',
      2,
      1,
      12,
      '2026-10-01',
      null,
    ],
    [
      'Harbour Trust',
      'Harbour Council',
      'July review',
      '2025-07-20',
      33,
      'index 33 · 2 of 21 rated',
      '↓ 67',
      1,
      0,
      6,
      '2026-01-20',
      'Overdue',
    ],
  ]);
  expect(facts.dateFormats).toEqual(['dd/mm/yyyy', 'dd/mm/yyyy']);
  expect(facts.isDate).toEqual([true, true]);
  // The workbooks' alert fill (the "NO - action is needed" colour of shared/levels.ts) on the overdue date only.
  expect(facts.overdueFill).toBe('FFF6D5D1');
  expect(facts.dueFill).not.toBe('FFF6D5D1');
  expect([facts.landscape, facts.paper, facts.printTitles]).toEqual(['landscape', 9, '$1:$3']);
  expect(facts.actions).toEqual([
    ['Riverside Health Partnership', '1.1', expect.any(String), 'Agree a shared vision statement', 'Board'],
    ['Riverside Health Partnership', '1.2', expect.any(String), 'Map what each partner adds', 'Jo Bloggs'],
    ['Riverside Health Partnership', '2.1', expect.any(String), 'Publish the minutes', 'Secretariat'],
    ['Harbour Trust', '1.2', expect.any(String), 'Set up a steering group', 'Harbour Council'],
  ]);
});

for (const { label, viewport, scale } of [
  { label: '1366', viewport: { width: 1366, height: 768 }, scale: 1 },
  { label: '900', viewport: { width: 900, height: 768 }, scale: 1 },
  // 200 % zoom: half the CSS pixels on the same screen.
  { label: 'zoom-200', viewport: { width: 683, height: 384 }, scale: 2 },
]) {
  test.describe(`at ${label}`, () => {
    test.use({ viewport, deviceScaleFactor: scale });
    test(`the portfolio and the register fit the page without sideways scrolling (${label})`, async ({ page }, testInfo) => {
      await seed(page);
      const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      // The everyday actions stay on one line beside or under the heading; Back up / Restore sit in their own group.
      const everyday = page.getByRole('group', { name: 'Everyday' }).getByRole('button');
      const tops = await everyday.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
      if (label !== 'zoom-200') expect(new Set(tops).size).toBe(1);
      expect(await sideways()).toBe(0);
      await page.screenshot({ path: testInfo.outputPath(`portfolio-${label}.png`), fullPage: true });
      await page.getByRole('link', { name: 'Action register' }).click();
      await expect(page.getByRole('table', { name: 'Actions across every partnership' })).toBeVisible();
      expect(await sideways()).toBe(0);
      await page.screenshot({ path: testInfo.outputPath(`register-${label}.png`), fullPage: true });
    });
  });
}

test.describe('README pictures', () => {
  test.use({ viewport: { width: 1366, height: 768 }, locale: 'en-GB' });
  test('screenshots of the portfolio and the action register for the README', async ({ page }) => {
    test.skip(process.env.PR_SCREENSHOTS !== '1', 'screenshots are regenerated only when PR_SCREENSHOTS=1 is set');
    await seed(page);
    await page.getByRole('button', { name: 'Dismiss message' }).click();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: 'docs/screenshots/portfolio.png' });
    await page.getByRole('link', { name: 'Action register' }).click();
    await expect(page.getByRole('table', { name: 'Actions across every partnership' })).toBeVisible();
    await page.screenshot({ path: 'docs/screenshots/action-register.png' });
  });
});
