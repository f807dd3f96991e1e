import { expect, test, type Page } from '@playwright/test';
import { ReviewSchema } from '@shared/model/review.ts';
import { readDatabase } from '../fixtures/db/build-database.ts';
import { newPartnership, waitForSaved } from './helpers.ts';

/** A small seeded generator, so a failing interruption point can be replayed (the seed is printed). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every review title the app hands to IndexedDB, in order, reported before the write is issued. */
async function recordReviewPuts(page: Page, puts: string[]): Promise<void> {
  await page.exposeBinding('__recordPut', (_source, title: string) => void puts.push(title));
  await page.addInitScript(() => {
    const realPut = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if (this.name === 'reviews')
        (window as unknown as { __recordPut: (t: string) => void }).__recordPut((value as { title: string }).title);
      return realPut.call(this, value, key);
    };
  });
}

const ROUNDS = 8;
const DEFAULT_SEED = 20_251_201;

function killSeed(requested: string | undefined): number {
  if (requested === undefined || requested === '') return DEFAULT_SEED;
  if (requested === 'random') return Math.floor(Math.random() * 1_000_000);
  const seed = Number(requested);
  if (!Number.isSafeInteger(seed)) throw new Error(`PR_KILL_SEED must be a whole number or "random", not "${requested}"`);
  return seed;
}

test('closing or crashing the page mid-autosave leaves the review at its last saved state or the one before', async ({ context, page }) => {
  test.setTimeout(180_000);
  // One fixed seed by default, so every run (and CI) interrupts at the same points and a failure is reproducible;
  // PR_KILL_SEED=<n> tries other points, PR_KILL_SEED=random a fresh one each run.
  const seed = killSeed(process.env.PR_KILL_SEED);
  console.log(`kill-during-autosave seed ${seed} (PR_KILL_SEED=${seed} replays it)`);
  const random = mulberry32(seed);

  await page.goto('/');
  await newPartnership(page, 'Interrupted partnership');
  await page.getByRole('button', { name: 'New review' }).click();
  await page.getByLabel('Review title').fill('Start');
  await waitForSaved(page);
  const reviewUrl = page.url();
  const reviewId = /#\/review\/([^/]+)/.exec(reviewUrl)![1]!;
  await page.close();

  let saved = 'Start';
  for (let round = 0; round < ROUNDS; round += 1) {
    const puts: string[] = [saved];
    const victim = await context.newPage();
    await recordReviewPuts(victim, puts);
    await victim.goto(reviewUrl);
    const title = victim.getByLabel('Review title');
    await expect(title).toHaveValue(saved);
    await title.focus();
    await victim.keyboard.press('End');

    // Bursts of typing with pauses around the 300 ms autosave delay, so the kill lands while idle, while a save is
    // waiting, or while one is being committed.
    const typed = ` r${round}:` + 'abcdefghijklmnopqrstuvwxyz'.repeat(3);
    const typing = (async () => {
      let i = 0;
      while (i < typed.length) {
        const burst = 1 + Math.floor(random() * 8);
        await victim.keyboard.type(typed.slice(i, i + burst), { delay: 5 + Math.floor(random() * 20) });
        i += burst;
        await victim.waitForTimeout(Math.floor(random() * 450));
      }
    })().catch(() => undefined); // the page dies under it
    const killAfter = 150 + Math.floor(random() * 2_500);
    await victim.waitForTimeout(killAfter);
    const how = round % 2 === 0 ? 'crash' : 'close';
    if (how === 'crash') {
      const cdp = await context.newCDPSession(victim);
      const crashed = victim.waitForEvent('crash');
      void cdp.send('Page.crash').catch(() => undefined); // never answers: the renderer is gone
      await crashed;
    } else {
      await victim.close({ runBeforeUnload: false });
    }
    // Not awaited: input sent to a crashed page may never settle; it rejects or is dropped, and nobody reads it.
    void typing;

    const reader = await context.newPage();
    await reader.goto(reviewUrl);
    const after = reader.getByLabel('Review title');
    await expect(after, `round ${round} (${how} after ${killAfter} ms)`).toBeVisible();
    const value = await after.inputValue();
    const stored = (await reader.evaluate(readDatabase, { name: 'partnership-review' })).reviews!.find(
      (r) => (r as { id: string }).id === reviewId,
    );
    expect(ReviewSchema.safeParse(stored).success, 'the stored review still validates').toBe(true);
    expect((stored as { title: string }).title).toBe(value);
    expect(value.startsWith('Start'), `round ${round}: "${value}" is whole`).toBe(true);
    expect(`${saved}${typed}`.startsWith(value), `round ${round}: "${value}" is a state that was typed`).toBe(true);
    // The last write may not have reached the disk; the one before it must have (saves run one at a time).
    const lastTwo = puts.slice(-2);
    const laterThanSeen = value.length > puts[puts.length - 1]!.length; // a write issued as the page died, report lost
    expect(lastTwo.includes(value) || laterThanSeen, `round ${round}: "${value}" vs writes ${JSON.stringify(lastTwo)}`).toBe(true);
    console.log(
      `round ${round}: ${how} after ${killAfter} ms, ${puts.length - 1} writes issued, reopened at ${value.length - saved.length} of ${typed.length} typed characters`,
    );
    saved = value;
    await reader.close();
  }
});
