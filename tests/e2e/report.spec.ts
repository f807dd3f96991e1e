import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { LEVELS, newPartnership, ratingGroup, waitForSaved } from './helpers.ts';

/** The downloaded PDF read back by poppler's pdftotext, whitespace collapsed (it breaks lines where the layout wraps). */
const textOf = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

test('Save report as PDF downloads a report whose text matches the review on screen', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script' || r.url().endsWith('.ttf')) scripts.push(r.url());
  });
  await page.goto('/');
  await newPartnership(page, 'Café Partnership – Zoë’s');
  await page.getByRole('button', { name: 'New review' }).click();
  await page.getByLabel('Review title').fill('Spring workshop');
  await ratingGroup(page, '1.1').getByRole('radio', { name: LEVELS[0], exact: true }).check();
  await ratingGroup(page, '2.3').getByRole('radio', { name: LEVELS[2], exact: true }).check();
  await ratingGroup(page, '4.5').getByRole('radio', { name: LEVELS[3], exact: true }).check();
  const action = 'Agree a shared vision statement… and publish it to every partner';
  await page.getByLabel('1.1 Action Needed').fill(action);
  await page.getByLabel('1.1 By Whom?').fill('Renée Smith');
  await waitForSaved(page);

  // pdfmake and the font are fetched by the first report, never with the app.
  expect(scripts.some((u) => /pdfmake|\.ttf$/.test(u))).toBe(false);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save report as PDF' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/Spring workshop .* report\.pdf$/);
  expect(scripts.some((u) => /pdfmake/.test(u))).toBe(true);
  expect(scripts.filter((u) => u.endsWith('.ttf'))).toHaveLength(3);
  const file = testInfo.outputPath('report.pdf');
  await download.saveAs(file);

  const text = textOf(file);
  expect(text).toContain('Café Partnership – Zoë’s');
  expect(text).toContain('Spring workshop');
  expect(text).toContain(action);
  expect(text).toContain('Renée Smith');
  // The on-screen wording of the rated benchmarks and their levels is what the report prints.
  for (const n of ['1.1', '2.3', '4.5']) {
    const rowId = (await ratingGroup(page, n).getAttribute('aria-labelledby')) ?? '';
    const shown = (await page.locator(`[id="${rowId}"]`).innerText()).replace(/\s+/g, ' ').trim();
    const onScreen = shown.replace(/^\d\.\d\s*/, '');
    expect(onScreen.length).toBeGreaterThan(10);
    // pdftotext joins a word hyphenated at a line end ("co-ordination" → "coordination"): compare without either.
    const bare = (t: string) => t.replace(/[\s-]+/g, '');
    expect(bare(text)).toContain(bare(onScreen));
  }
  expect(text).toContain(`NO - action is needed`);
  expect(text).toContain(`index 56 · 3 of 21 rated`);
  expect(text).toMatch(/Page 1 of \d+/);
});
