import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { InstrumentSchema } from '@shared/instrument/schema.ts';
import { PartnershipSchema, ReviewSchema } from '@shared/model/review.ts';
import { displayDate } from '../../renderer/src/ui/dates.ts';
import { asCurrentPartnership, asCurrentReview } from '../fixtures/db/as-current.ts';
import { buildDatabase, readDatabase, type DatabaseDump } from '../fixtures/db/build-database.ts';

// Read as a file: Playwright's loader will not import JSON modules without an import attribute.
const instrument = InstrumentSchema.parse(
  JSON.parse(readFileSync(new URL('../../instrument/digging-deeper.v1.json', import.meta.url), 'utf8')),
);
const dump = JSON.parse(readFileSync(new URL('../fixtures/db/v1.json', import.meta.url), 'utf8')) as DatabaseDump;
const records = (store: string) => dump.stores.find((s) => s.name === store)!.records;

/**
 * The index of each partnership's latest review in the fixture, worked out by hand rather than with the app's
 * scoreReview: count its 21 ratings by level, score them 0 (needed), 1 (in hand), 2 (needs improving), 3 (working
 * well), and take the points as a percentage of 3 per rated benchmark, rounded. Health and Wellbeing has no review.
 * Each latest review rates 18 of the 21 benchmarks.
 */
const LATEST_INDEX: Record<string, number> = {
  // Coastal Regeneration Board, 13 Mar 2026: 4·0 + 4·1 + 6·2 + 4·3 = 28 of 18·3 = 54 → 51.85 → 52
  '1a000000-0000-4000-8000-000000000009': 52,
  // Youth Voice Alliance, 10 May 2023: 4·0 + 4·1 + 5·2 + 5·3 = 29 of 54 → 53.70 → 54
  '1a000000-0000-4000-8000-000000000010': 54,
  // Rural Transport Forum, 11 Jun 2024: 5·0 + 5·1 + 4·2 + 4·3 = 25 of 54 → 46.30 → 46
  '1a000000-0000-4000-8000-000000000012': 46,
  // Safer Streets Partnership, 12 Jul 2025: 5·0 + 5·1 + 4·2 + 4·3 = 25 of 54 → 46.30 → 46
  '1a000000-0000-4000-8000-000000000015': 46,
};

const byId = (xs: unknown[]) => [...(xs as { id: string }[])].sort((a, b) => a.id.localeCompare(b.id));

test('a library saved by schema v1 opens in real Chromium with every record kept and listed', async ({ page }) => {
  // A same-origin page without the app, so the old database exists before the app first opens it.
  await page.route('**/no-app', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>no app</title>' }));
  await page.goto('/no-app');
  await page.evaluate(buildDatabase, { name: 'partnership-review', dump });

  await page.goto('/');
  const partnerships = records('partnerships').map((p) => PartnershipSchema.parse(asCurrentPartnership(p)));
  const reviews = records('reviews').map((r) => ReviewSchema.parse(asCurrentReview(r)));
  expect(new Set(reviews.map((r) => `${r.instrument.id}@${r.instrument.version}`))).toEqual(
    new Set([`${instrument.id}@${instrument.version}`]),
  );
  const rows = page.getByRole('table', { name: /Partnerships/ }).getByRole('row');
  await expect(rows).toHaveCount(partnerships.length + 1);
  for (const p of partnerships) {
    const own = reviews.filter((r) => r.partnershipId === p.id).sort((a, b) => b.date.localeCompare(a.date));
    const latest = own[0];
    const index = latest ? LATEST_INDEX[latest.id] : null;
    if (index === undefined) throw new Error(`No hand-worked index for review ${latest!.id}: add it to LATEST_INDEX`);
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: p.name, exact: true }) });
    const cells = row.getByRole('cell');
    await expect(cells.nth(0)).toHaveText(p.partners.join(', '));
    await expect(cells.nth(1)).toHaveText(latest ? `${latest.title} · ${displayDate(latest.date)}` : 'None yet');
    await expect(cells.nth(2)).toHaveText(index === null ? '—' : `index ${index} · 18 of 21 rated`);
    await expect(cells.last()).toHaveText(String(own.length));
  }

  const onDisk = await page.evaluate(readDatabase, { name: 'partnership-review' });
  expect(byId(onDisk.partnerships!)).toEqual(byId(records('partnerships').map(asCurrentPartnership)));
  expect(byId(onDisk.reviews!)).toEqual(byId(records('reviews').map(asCurrentReview)));
  expect(onDisk.summaries).toHaveLength(new Set(reviews.map((r) => r.partnershipId)).size);

  // And the upgraded library still saves: open a review and change it.
  const newest = [...reviews].sort((a, b) => b.date.localeCompare(a.date))[0]!;
  await page.goto(`/#/review/${newest.id}/grid`);
  await page.getByLabel('Review title').fill('Renamed after the upgrade');
  await expect(page.locator('.save-status [role="status"]')).toHaveText('Saved');
  await page.goto('/');
  await expect(page.getByRole('cell', { name: `Renamed after the upgrade · ${displayDate(newest.date)}` })).toBeVisible();
});
