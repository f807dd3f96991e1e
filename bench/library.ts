import { launch } from './lib/browser.ts';
import { viteBuild } from './lib/build.ts';
import { partnershipAt } from './lib/fixtures.ts';
import { serve } from './lib/serve.ts';
import { median, round, RUNS, timing, WARMUPS, type Paired, type Timing } from './lib/stats.ts';

export const PARTNERSHIPS = 2_000;
export const REVIEWS_PER_PARTNERSHIP = 5;

export interface LibraryResults {
  partnerships: number;
  reviews: number;
  seedMs: number;
  listPartnerships: Timing;
  /** The portfolio computed from the store against the same summary rows read raw from IndexedDB (paired runs). */
  portfolio: Paired;
  compareFiveWithLoad: Timing;
  compareFiveComputeOnly: Timing;
  /** listPartnerships' steps timed apart (median of 5 passes after 1 warm-up), to show where the time goes. */
  listBreakdownMs: Record<string, number>;
  /** The portfolio's steps timed apart (bench/page/main.ts portfolioParts: median of RUNS passes after 1 warm-up). */
  portfolioBreakdownMs: Record<string, number>;
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
    const portfolio = await page.evaluate((today) => window.bench.portfolio(today), '2026-06-15');
    if (portfolio.rows !== PARTNERSHIPS || portfolio.raw !== 2 * PARTNERSHIPS)
      throw new Error(`the portfolio did not cover the library: ${portfolio.rows} rows from ${portfolio.raw} raw records`);
    const parts = await page.evaluate(([today, n]) => window.bench.portfolioParts(today, n), ['2026-06-15', RUNS] as const);
    const compare = await page.evaluate(([id, w, n]) => window.bench.compare(id, w, n), [
      partnershipAt(PARTNERSHIPS - 1).id,
      WARMUPS,
      RUNS,
    ] as const);
    // Each step's median over a few passes, like the figures themselves.
    const passes: Record<string, number>[] = [];
    for (let i = 0; i < 1 + 5; i += 1) passes.push(await page.evaluate(() => window.bench.diagnose()));
    const breakdown = Object.fromEntries(Object.keys(passes[0]!).map((k) => [k, median(passes.slice(1).map((p) => p[k]!))]));
    if (compare.columns !== REVIEWS_PER_PARTNERSHIP)
      throw new Error(`the comparison has ${compare.columns} columns, not ${REVIEWS_PER_PARTNERSHIP}`);
    return {
      partnerships: seeded.partnerships,
      reviews: seeded.reviews,
      seedMs: Math.round(seeded.ms),
      listPartnerships: timing(list.times),
      portfolio: { a: portfolio.a, b: portfolio.b, ratio: portfolio.ratio },
      compareFiveWithLoad: timing(compare.withLoad),
      compareFiveComputeOnly: timing(compare.computeOnly),
      listBreakdownMs: Object.fromEntries(Object.entries(breakdown).map(([k, v]) => [k, Math.round(v)])),
      portfolioBreakdownMs: Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, round(v, 1)])),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

// `npx tsx bench/library.ts` runs this measure alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await benchLibrary();
  console.info(JSON.stringify(result, null, 2));
}
