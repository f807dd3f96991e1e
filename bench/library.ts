import { launch } from './lib/browser.ts';
import { viteBuild } from './lib/build.ts';
import { partnershipAt } from './lib/fixtures.ts';
import { serve } from './lib/serve.ts';
import { RUNS, timing, WARMUPS, type Timing } from './lib/stats.ts';

export const PARTNERSHIPS = 2_000;
export const REVIEWS_PER_PARTNERSHIP = 5;

export interface LibraryResults {
  partnerships: number;
  reviews: number;
  seedMs: number;
  listPartnerships: Timing;
  compareFiveWithLoad: Timing;
  compareFiveComputeOnly: Timing;
  /** One pass of listPartnerships' steps timed apart, to show where the time goes. */
  listBreakdownMs: Record<string, number>;
}

/** A library of 10,000 reviews in Chromium's IndexedDB through the app's store, listed and compared in the page. */
export async function benchLibrary(): Promise<LibraryResults> {
  const dir = await viteBuild('bench/page', 'page');
  const server = await serve(dir);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
    const seeded = await page.evaluate(([p, r]) => window.bench.seed(p, r), [PARTNERSHIPS, REVIEWS_PER_PARTNERSHIP] as const);
    if (seeded.partnerships !== PARTNERSHIPS || seeded.reviews !== PARTNERSHIPS * REVIEWS_PER_PARTNERSHIP || seeded.damaged !== 0) {
      throw new Error(`the library was not seeded as asked: ${JSON.stringify(seeded)}`);
    }
    const list = await page.evaluate(([w, n]) => window.bench.list(w, n), [WARMUPS, RUNS] as const);
    const compare = await page.evaluate(([id, w, n]) => window.bench.compare(id, w, n), [partnershipAt(PARTNERSHIPS - 1).id, WARMUPS, RUNS] as const);
    const breakdown = await page.evaluate(() => window.bench.diagnose());
    if (compare.columns !== REVIEWS_PER_PARTNERSHIP) throw new Error(`the comparison has ${compare.columns} columns, not ${REVIEWS_PER_PARTNERSHIP}`);
    return {
      partnerships: seeded.partnerships,
      reviews: seeded.reviews,
      seedMs: Math.round(seeded.ms),
      listPartnerships: timing(list.times),
      compareFiveWithLoad: timing(compare.withLoad),
      compareFiveComputeOnly: timing(compare.computeOnly),
      listBreakdownMs: Object.fromEntries(Object.entries(breakdown).map(([k, v]) => [k, Math.round(v)])),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
