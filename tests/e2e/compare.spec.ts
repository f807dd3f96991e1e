import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { backupFile, review, uuid } from './compare-data.ts';

/**
 * Three reviews of one partnership with known differences. The comparison opens on the latest two (Spring and
 * Autumn), where 1.1 went up, 1.2 down, 1.3 stayed, 1.4 was newly rated and 2.1 is no longer rated.
 */
const winter = review(1, 'Winter', '2024-11-20', { '1.1': { rating: 'no-action-needed' }, '1.2': { rating: 'no-action-needed' } });
const spring = review(
  2,
  'Spring',
  '2025-03-01',
  {
    '1.1': { rating: 'no-action-needed', actionNeeded: 'Agree a shared vision statement', byWhom: 'Board', dueDate: '2025-05-01' },
    '1.2': { rating: 'yes-working-well' },
    '1.3': { rating: 'no-action-in-hand' },
    '2.1': { rating: 'yes-needs-improving', actionNeeded: 'Publish the minutes', byWhom: 'Secretariat', actionStatus: 'done' },
  },
  { leadership: { 'leadership-f1': 'tick', 'leadership-f2': 'tick' } },
);
const autumn = review(
  3,
  'Autumn',
  '2025-10-01',
  {
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
  },
  { leadership: { 'leadership-f1': 'cross', 'leadership-f3': 'tick' } },
);
// A draft: the action register sets its actions' status (a final review's is read-only, final-guard.spec.ts).
autumn.status = 'draft';

async function seed(page: Page): Promise<void> {
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore or add from backup…' }).click();
  await (await chooser).setFiles(backupFile('Riverside Health Partnership', [winter, spring, autumn]));
  await page.getByRole('link', { name: 'Riverside Health Partnership' }).click();
  await page.getByRole('button', { name: 'Compare reviews' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Progress over time' })).toBeVisible();
}

const cell = (page: Page, number: string, column: number) => page.locator(`tr[data-benchmark="${number}"] td.rating`).nth(column);

test('comparing the latest two reviews shows the right arrows and counts', async ({ page }) => {
  await seed(page);

  // Default: the latest two, in date order.
  const headers = page.locator('th.review-col .review-title');
  await expect(headers).toHaveText(['Spring', 'Autumn']);
  await expect(page.getByRole('checkbox', { name: /Winter/ })).not.toBeChecked();

  // Each arrow, worked out by hand from the fixture, Spring → Autumn (levels low to high: NO - action is needed,
  // NO - but action is in hand, YES - but needs improving, YES - working well): 1.1 needed → needs improving, up;
  // 1.2 working well → in hand, down; 1.3 in hand → in hand, same; 1.4 unrated → working well, newly rated;
  // 2.1 needs improving → unrated, no longer rated. Checked as seen (the glyph and its disc colour), as hovered
  // (the title) and as read aloud (the hidden text).
  const expected: [string, string, string, string, string][] = [
    ['1.1', '↑', 'up', 'rgb(23, 102, 58)', 'YES - but needs improving'],
    ['1.2', '↓', 'down', 'rgb(180, 35, 24)', 'NO - but action is in hand'],
    ['1.3', '→', 'same', 'rgb(255, 255, 255)', 'NO - but action is in hand'],
    ['1.4', '•', 'newly rated', 'rgb(31, 95, 139)', 'YES - working well'],
    ['2.1', '✕', 'no longer rated', 'rgb(255, 255, 255)', 'Not rated'],
  ];
  for (const [number, glyph, label, disc, text] of expected) {
    const c = cell(page, number, 1);
    const arrow = c.locator('.arrow');
    await expect(arrow).toBeVisible();
    await expect(arrow.locator('[aria-hidden="true"]')).toHaveText(glyph);
    await expect(arrow).toHaveAttribute('title', label);
    await expect(arrow).toHaveCSS('background-color', disc);
    await expect(arrow.locator('.sr-only')).toHaveText(label);
    await expect(c).toContainText(text);
  }
  // No arrow anywhere else: none in the first column, none where a benchmark is unrated in both reviews.
  await expect(page.locator('td.rating .arrow')).toHaveCount(expected.length);
  // The tally above Autumn shows the same glyphs.
  for (const [kind, glyph] of [
    ['up', '↑'],
    ['down', '↓'],
    ['same', '→'],
    ['new', '•'],
    ['gone', '✕'],
  ] as const) {
    await expect(page.locator(`ul.tally li[data-change="${kind}"] [aria-hidden="true"]`)).toHaveText(glyph);
  }
  await expect(cell(page, '1.1', 0)).toHaveText('NO - action is needed');
  // Level colours, as in shared/levels.ts: "YES - but needs improving" #E4EFCF, "NO - action is needed" #F6D5D1.
  await expect(cell(page, '1.1', 1)).toHaveCSS('background-color', 'rgb(228, 239, 207)');
  await expect(cell(page, '1.1', 0)).toHaveCSS('background-color', 'rgb(246, 213, 209)');
  await expect(cell(page, '3.1', 1).locator('.arrow')).toHaveCount(0);

  // The counts above the Autumn column match the arrows.
  const tally = page.getByRole('list', { name: 'Changes in Autumn' });
  for (const [kind, n] of [
    ['up', '1'],
    ['down', '1'],
    ['same', '1'],
    ['new', '1'],
    ['gone', '1'],
  ] as const) {
    await expect(tally.locator(`li[data-change="${kind}"] .n`)).toHaveText(n);
  }
  await expect(page.locator('td.rating[data-change="up"]')).toHaveCount(1);
  await expect(page.locator('td.rating[data-change="down"]')).toHaveCount(1);

  // Filters.
  await page.getByText('Only declined').click();
  await expect(page.locator('tr.benchmark')).toHaveCount(1);
  await expect(page.locator('tr.benchmark th')).toHaveText('1.2');
  await page.getByText('Only changed').click();
  await expect(page.locator('tr.benchmark th')).toHaveText(['1.1', '1.2', '1.4', '2.1']);
  await page.getByText('All benchmarks').click();
  await expect(page.locator('tr.benchmark')).toHaveCount(21);

  // Sections collapse; actions show on expansion.
  const trust = page.getByRole('button', { name: /^▾?\s*2 Trust/ });
  await trust.click();
  await expect(trust).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('tr[data-benchmark="2.1"]')).toHaveCount(0);
  await trust.click();
  await page.getByRole('button', { name: 'Actions for 1.2' }).click();
  await expect(page.locator('tr[data-detail-for="1.2"] td.detail-cell').nth(1)).toContainText('Map what each partner adds');
  await expect(page.locator('tr[data-detail-for="1.2"] td.detail-cell').nth(1)).toContainText('Jo Bloggs');

  // Adding the older review puts it first.
  await page.getByRole('checkbox', { name: /Winter/ }).check();
  await expect(headers).toHaveText(['Winter', 'Spring', 'Autumn']);
  // Winter → Spring, by hand: 1.1 needed → needed, same; 1.2 needed → working well, up; 1.3 and 2.1 newly rated.
  for (const [number, glyph, label] of [
    ['1.1', '→', 'same'],
    ['1.2', '↑', 'up'],
    ['1.3', '•', 'newly rated'],
    ['2.1', '•', 'newly rated'],
  ] as const) {
    await expect(cell(page, number, 1).locator('.arrow [aria-hidden="true"]')).toHaveText(glyph);
    await expect(cell(page, number, 1).locator('.arrow .sr-only')).toHaveText(label);
  }
  await expect(page.locator('td.rating .arrow')).toHaveCount(expected.length + 4);
});

test('the comparison export downloads a workbook whose matrix holds the ratings on screen', async ({ page }) => {
  await seed(page);
  await expect(cell(page, '1.1', 1)).toContainText('YES - but needs improving');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export comparison to Excel' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^Riverside Health Partnership – comparison \d{4}-\d{2}-\d{2}\.xlsx$/);
  const file = await download.path();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(file)) as unknown as ArrayBuffer);
  const m = wb.getWorksheet('Benchmarks over time')!;
  const rows = new Map<string, [unknown, unknown]>();
  m.eachRow((row) => rows.set(String(row.getCell(1).value), [row.getCell(3).value, row.getCell(4).value]));
  expect(m.getCell(3, 3).value).toBe('Spring\n1 Mar 2025');
  expect(m.getCell(3, 4).value).toBe('Autumn\n1 Oct 2025');
  expect(rows.get('1.1')).toEqual(['NO - action is needed', '↑ YES - but needs improving']);
  expect(rows.get('1.2')).toEqual(['YES - working well', '↓ NO - but action is in hand']);
  expect(rows.get('1.3')).toEqual(['NO - but action is in hand', '→ NO - but action is in hand']);
  expect(rows.get('1.4')).toEqual([null, '• YES - working well']);
  expect(rows.get('2.1')).toEqual(['YES - but needs improving', '✕ not rated']);
});

test('trends, typical factors and the action register', async ({ page }) => {
  await seed(page);

  await page.getByRole('tab', { name: 'Section trends' }).click();
  // Leadership: Spring 0, 3, 1 → 44; Autumn 2, 1, 1, 3 → 58.
  const chart = page.getByRole('img', { name: '1 Leadership: index over time' });
  await expect(chart).toBeVisible();
  await expect(chart.locator('desc')).toHaveText(
    'Spring, 1 Mar 2025: index 44 · 3 of 5 rated; Autumn, 1 Oct 2025: index 58 · 4 of 5 rated',
  );
  const table = page.locator('table.trends-table');
  await expect(table.locator('tbody').first().locator('tr').first().locator('td')).toHaveText(['443 of 5 rated', '584 of 5 rated']);

  await page.getByRole('tab', { name: 'Typical factors' }).click();
  const change = page.getByRole('region', { name: /From Spring .* to Autumn/ });
  await expect(change.locator('h4.appeared .n')).toHaveText('1');
  await expect(change.locator('h4.resolved .n')).toHaveText('1');

  await page.getByRole('tab', { name: /Action register/ }).click();
  const rows = page.locator('table.register tbody tr');
  // The carried action appears once, in its latest state; the done one is listed too.
  await expect(rows).toHaveCount(3);
  const vision = page.locator('table.register tr[data-benchmark="1.1"]');
  await expect(vision).toHaveCount(1);
  await expect(vision).toContainText('Carried from Spring');
  await expect(vision.locator('.flag')).toContainText('Overdue');
  await expect(vision.getByRole('combobox')).toHaveValue('in-progress');
  await vision.getByRole('combobox').selectOption('done');
  await expect(vision.locator('.flag')).toHaveCount(0);
  await page.reload();
  await page.getByRole('tab', { name: /Action register/ }).click();
  await expect(page.locator('table.register tr[data-benchmark="1.1"]').getByRole('combobox')).toHaveValue('done');
});

test('a new review from the last one starts with its open actions and no ratings', async ({ page }) => {
  await seed(page);
  await page.getByRole('button', { name: 'New review from the last one' }).click();
  await expect(page).toHaveURL(/#\/review\/[0-9a-f-]+\/grid$/);
  await expect(page.getByLabel('1.2 Action Needed')).toHaveValue('Map what each partner adds');
  await expect(page.getByLabel('1.1 Action Needed')).toHaveValue('Agree a shared vision statement');
  await expect(page.getByLabel('2.1 Action Needed')).toHaveValue('');
  await expect(page.getByRole('radiogroup', { name: /^1\.2 / }).getByRole('radio', { checked: true })).toHaveCount(0);
});
