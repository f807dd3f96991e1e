// First, as in the app's main.ts: zod builds its parsers without `new Function`, as the desktop app's
// Content-Security-Policy requires, so the checks on read cost here what they cost in the app.
import '../../renderer/src/zod-config.ts';
import { compareReviews, sectionTrends } from '@shared/compare/index.ts';
import { DexieLibraryStore, listFromSummaries } from '../../renderer/src/store/dexie-store.ts';
import { librarySnapshot } from '../lib/fixtures.ts';
import { openDb } from '../../renderer/src/store/db.ts';
import { PartnershipSchema, ReviewSchema } from '@shared/model/review.ts';
import { PartnershipSummarySchema } from '../../renderer/src/store/summary.ts';
import { heatmapSamples } from './heatmap.ts';
import { listingRow, matchesSearch } from '@shared/portfolio/row.ts';
import type { PartnershipList, PartnershipListing } from '../../renderer/src/store/library-store.ts';
import { measurePair, median } from '../lib/stats.ts';

/**
 * The library benchmark runs in the page, against the app's real store (Dexie over Chromium's IndexedDB) and the
 * real comparison code, so the figures include everything the app pays: IndexedDB reads, zod validation on read,
 * scoring and sorting. Timing happens here, in the page, so that Playwright's round trips are not counted.
 */

const store = new DexieLibraryStore('partnership-review-bench');

/** What the library page's portfolio does with the listing (renderer/src/portfolio/PortfolioTable.svelte). */
function portfolioRows(listings: PartnershipListing[], query: string, today: string) {
  return listings.map((l) => listingRow(l, today)).filter((r) => matchesSearch(r, query));
}

/** IndexedDB's own getAll of the named stores, in one transaction: no Dexie, no validation. */
function getAllRaw(idb: IDBDatabase, stores: string[]): Promise<unknown[][]> {
  return new Promise((resolve, reject) => {
    const tx = idb.transaction(stores, 'readonly');
    const requests = stores.map((name) => tx.objectStore(name).getAll());
    tx.oncomplete = () => resolve(requests.map((r) => r.result as unknown[]));
    tx.onerror = () => reject(tx.error);
  });
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

async function samples(fn: () => Promise<unknown>, warmups: number, runs: number): Promise<number[]> {
  for (let i = 0; i < warmups; i += 1) await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i += 1) out.push(await timed(fn));
  return out;
}

const bench = {
  /** Spread, consensus and the heat map of many respondents (no IndexedDB): see heatmap.ts. */
  heatmap: async (respondents: number, warmups: number, runs: number) => heatmapSamples(respondents, warmups, runs),
  /** Where listPartnerships spends its time, step by step, with the full scan it replaced for contrast. */
  async diagnose() {
    const db = openDb('partnership-review-bench');
    const t: Record<string, number> = {};
    let summaries: unknown[] = [];
    t.readPartnershipsMs = await timed(() => db.partnerships.toArray());
    t.readSummariesMs = await timed(async () => {
      summaries = await db.summaries.toArray();
    });
    t.validateSummariesMs = await timed(async () => {
      for (const x of summaries) PartnershipSummarySchema.parse(x);
    });
    const all = await db.reviews.toArray();
    t.formerScanReadAllReviewsMs = await timed(() => db.reviews.toArray());
    t.formerScanValidateAllReviewsMs = await timed(async () => {
      for (const r of all) ReviewSchema.parse(r);
    });
    db.close();
    return t;
  },
  async seed(partnerships: number, reviewsPerPartnership: number) {
    const snapshot = librarySnapshot(partnerships, reviewsPerPartnership);
    const ms = await timed(() => store.restore(snapshot));
    const listed = await store.listPartnerships();
    return {
      ms,
      partnerships: listed.items.length,
      reviews: listed.items.reduce((n, l) => n + l.reviewCount, 0),
      damaged: listed.damaged.length,
    };
  },
  async list(warmups: number, runs: number) {
    let first = '';
    const times = await samples(
      async () => {
        const listed = await store.listPartnerships();
        first = `${listed.items[0]?.partnership.name} ${listed.items[0]?.latestIndex}`;
      },
      warmups,
      runs,
    );
    return { times, first };
  },
  /**
   * The portfolio as the library page computes it (the store's listPartnerships, then each partnership's row and the
   * search filter) against reading the same rows — every partnership and every summary — raw from IndexedDB with
   * no Dexie, no validation and no computation, in alternation so that load on the machine hits both alike.
   */
  async portfolio(today: string) {
    let rows = 0;
    let raw = 0;
    const app = async () => {
      rows = portfolioRows((await store.listPartnerships()).items, '', today).length;
    };
    const idb = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('partnership-review-bench');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const readRaw = async () => {
      const [partnerships, summaries] = await getAllRaw(idb, ['partnerships', 'summaries']);
      raw = partnerships!.length + summaries!.length;
    };
    const paired = await measurePair(app, readRaw);
    idb.close();
    return { ...paired, rows, raw };
  },
  /**
   * The portfolio's steps timed apart, each the median of `passes` after one warm-up, to show where its time goes: the
   * raw read (the baseline), Dexie's read as listPartnerships does it, the checks of the summaries and the
   * partnerships, the whole listing after the read (checks, join and sort: listFromSummaries; the store overlaps the
   * summaries' checks with reading the partnerships), the rows and the search; and the recount the library page runs
   * once the portfolio shows, which nothing waits for and the portfolio's time does not include.
   */
  async portfolioParts(today: string, passes: number) {
    const db = openDb('partnership-review-bench');
    await db.open();
    const idb = db.backendDB();
    let partnerships: unknown[] = [];
    let summaries: unknown[] = [];
    let listed: PartnershipList | undefined;
    const steps: Record<string, () => Promise<unknown> | unknown> = {
      rawReadMs: async () => ([partnerships = [], summaries = []] = await getAllRaw(idb, ['partnerships', 'summaries'])),
      dexieReadMs: () =>
        db.transaction('r', db.partnerships, db.summaries, async () => {
          [partnerships, summaries] = await Promise.all([db.partnerships.toArray(), db.summaries.toArray()]);
        }),
      checkSummariesMs: () => summaries.forEach((x) => PartnershipSummarySchema.parse(x)),
      checkPartnershipsMs: () => partnerships.forEach((x) => PartnershipSchema.parse(x)),
      listFromSummariesMs: () => (listed = listFromSummaries({ partnerships, summaries })!),
      rowsAndSearchMs: () => portfolioRows(listed!.items, '', today),
      searchOneWordMs: () => portfolioRows(listed!.items, 'northshire', today),
      recountAfterwardsMs: async () => {
        if ((await store.recountPartnerships(listed!)) !== null) throw new Error('the recount did not find the list whole');
      },
    };
    const times: Record<string, number[]> = {};
    for (let i = 0; i < 1 + passes; i += 1)
      for (const [name, step] of Object.entries(steps)) {
        const started = performance.now();
        await step();
        if (i > 0) (times[name] ??= []).push(performance.now() - started);
      }
    db.close();
    return Object.fromEntries(Object.entries(times).map(([name, t]) => [name, median(t)]));
  },
  /** A partnership's five reviews, read from IndexedDB and compared: what opening the comparison view does. */
  async compare(partnershipId: string, warmups: number, runs: number) {
    let columns = 0;
    const withLoad = await samples(
      async () => {
        const reviews = (await store.listReviews(partnershipId)).items;
        const comparison = compareReviews(reviews);
        const trends = sectionTrends(reviews);
        columns = Math.min(comparison.columns.length, trends.columns.length);
      },
      warmups,
      runs,
    );
    const reviews = (await store.listReviews(partnershipId)).items;
    const computeOnly = await samples(
      async () => {
        compareReviews(reviews);
        sectionTrends(reviews);
      },
      warmups,
      runs,
    );
    return { withLoad, computeOnly, columns };
  },
};

declare global {
  interface Window {
    bench: typeof bench;
  }
}
window.bench = bench;
document.getElementById('status')!.textContent = 'ready';
