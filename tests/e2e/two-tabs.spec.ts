import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { readDatabase } from '../fixtures/db/build-database.ts';
import { newPartnership, waitForSaved } from './helpers.ts';

/**
 * Two tabs of the browser build: two pages in one browser context share one origin, one IndexedDB and one
 * localStorage, as two tabs of one browser profile do.
 */

/** Every IndexedDB write in `page` fails as a full disk does, until mended (as in storage-errors.spec.ts). */
async function breakWrites(page: Page): Promise<void> {
  await page.evaluate(() => {
    const proto = IDBObjectStore.prototype as IDBObjectStore & { realPut?: IDBObjectStore['put'] };
    proto.realPut = proto.put;
    proto.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
}

async function mendWrites(page: Page): Promise<void> {
  await page.evaluate(() => {
    const proto = IDBObjectStore.prototype as IDBObjectStore & { realPut?: IDBObjectStore['put'] };
    proto.put = proto.realPut!;
  });
}

type StoredReview = { id: string; title: string; facilitator: string; answers: Record<string, { notes: string; byWhom: string }> };

async function storedReview(page: Page, id: string): Promise<StoredReview | undefined> {
  const db = await page.evaluate(readDatabase, { name: 'partnership-review' });
  return (db.reviews as StoredReview[]).find((r) => r.id === id);
}

/** Tab A makes a partnership and a review; tab B opens the same review. */
async function twoTabsOnOneReview(context: BrowserContext): Promise<{ a: Page; b: Page; reviewId: string; url: string }> {
  const a = await context.newPage();
  await a.goto('/');
  await newPartnership(a, 'Two windows');
  await a.getByRole('button', { name: 'New review' }).click();
  await a.getByLabel('Review title').fill('Shared review');
  await waitForSaved(a);
  const url = a.url();
  const reviewId = /#\/review\/([^/]+)/.exec(url)![1]!;
  const b = await context.newPage();
  await b.goto(url);
  await expect(b.getByLabel('Review title')).toHaveValue('Shared review');
  return { a, b, reviewId, url };
}

const benchmarkId = async (page: Page, reviewId: string) => Object.keys((await storedReview(page, reviewId))!.answers)[0]!;

test('an edit saved in one tab survives another tab saving a different field from its older copy', async ({ context }) => {
  const { a, b, reviewId } = await twoTabsOnOneReview(context);
  await a.getByLabel('1.1 Notes').fill('Saved in tab A');
  await waitForSaved(a);
  await b.getByLabel('Facilitator').fill('Saved in tab B');
  await waitForSaved(b);
  const stored = (await storedReview(a, reviewId))!;
  expect(stored.facilitator).toBe('Saved in tab B');
  expect(stored.answers[await benchmarkId(a, reviewId)]!.notes).toBe('Saved in tab A');
  // And A's next keystroke does not erase B's edit in turn.
  await a.getByLabel('1.1 By Whom?').fill('Chair');
  await waitForSaved(a);
  const after = (await storedReview(a, reviewId))!;
  expect(after.facilitator).toBe('Saved in tab B');
  expect(after.answers[await benchmarkId(a, reviewId)]).toMatchObject({ notes: 'Saved in tab A', byWhom: 'Chair' });
});

test('overlapping edits ask the person, and both versions exist until they choose', async ({ context }) => {
  const { a, b, reviewId } = await twoTabsOnOneReview(context);
  // B's edit cannot be saved yet, so it is unconfirmed when A saves the same field.
  await breakWrites(b);
  await b.getByLabel('1.1 Notes').fill('Tab B’s wording');
  await expect(b.getByRole('alert').filter({ hasText: 'Not saved' })).toBeVisible();
  await a.getByLabel('1.1 Notes').fill('Tab A’s wording');
  await waitForSaved(a);
  await mendWrites(b);
  await b.getByRole('button', { name: 'Retry' }).click();

  await expect(b.getByText('This review was changed in another window', { exact: true })).toBeVisible();
  await expect(b.getByLabel('1.1 Notes')).toHaveValue('Tab B’s wording');
  // Both versions exist: A's in the library, B's on screen and in B's journal.
  const bid = await benchmarkId(a, reviewId);
  expect((await storedReview(a, reviewId))!.answers[bid]!.notes).toBe('Tab A’s wording');
  await b.evaluate(() => dispatchEvent(new PageTransitionEvent('pagehide')));
  const journalled = await b.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('partnership-review:unsaved-edits'))
      .map((k) => localStorage.getItem(k))
      .join(''),
  );
  expect(journalled).toContain('Tab B’s wording');

  await b.getByRole('button', { name: 'Keep mine' }).click();
  await waitForSaved(b);
  await expect(b.getByText('This review was changed in another window', { exact: true })).toHaveCount(0);
  expect((await storedReview(a, reviewId))!.answers[bid]!.notes).toBe('Tab B’s wording');
});

test('a review deleted in one tab is not re-created by the other tab’s next edit', async ({ context }) => {
  const { a, b, reviewId } = await twoTabsOnOneReview(context);
  await a.getByRole('button', { name: 'Delete review' }).click();
  await a.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(a.getByText('Deleted “Shared review”.')).toBeVisible();
  await b.getByLabel('1.1 Notes').fill('Typed after the delete');
  await expect(b.getByText('This review was deleted in another window.').first()).toBeVisible();
  expect(await storedReview(b, reviewId)).toBeUndefined();
  await expect(b.getByRole('button', { name: 'Keep a copy' })).toBeVisible();
  await b.getByRole('button', { name: 'Keep a copy' }).click();
  await waitForSaved(b);
  const copyId = /#\/review\/([^/]+)/.exec(b.url())![1]!;
  expect(copyId).not.toBe(reviewId);
  expect((await storedReview(b, copyId))!.answers[await benchmarkId(b, copyId)]!.notes).toBe('Typed after the delete');
  expect(await storedReview(b, reviewId)).toBeUndefined();
});

test('journal entries of two tabs both survive one tab going away', async ({ context }) => {
  const { a, b, url } = await twoTabsOnOneReview(context);
  a.on('dialog', (dialog) => void dialog.accept());
  await breakWrites(a);
  await breakWrites(b);
  await a.getByLabel('1.1 Notes').fill('Only in tab A');
  await b.getByLabel('2.1 Notes').fill('Only in tab B');
  await expect(a.getByRole('alert').filter({ hasText: 'Not saved' })).toBeVisible();
  await expect(b.getByRole('alert').filter({ hasText: 'Not saved' })).toBeVisible();
  await b.evaluate(() => dispatchEvent(new PageTransitionEvent('pagehide')));
  await a.close({ runBeforeUnload: true });
  await expect.poll(() => a.isClosed()).toBe(true);

  const journals = await b.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('partnership-review:unsaved-edits'))
      .map((k) => localStorage.getItem(k)!),
  );
  expect(journals.join('')).toContain('Only in tab A');
  expect(journals.join('')).toContain('Only in tab B');

  // A new tab puts back what the closed tab could not save, and leaves the open tab's journal alone.
  const c = await context.newPage();
  await c.goto(url);
  await expect(c.getByLabel('1.1 Notes')).toHaveValue('Only in tab A');
  const left = await c.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('partnership-review:unsaved-edits'))
      .map((k) => localStorage.getItem(k)!),
  );
  expect(left.join('')).toContain('Only in tab B');
  expect(left.join('')).not.toContain('Only in tab A');
});

test('after a failed save, leaving the review and coming back still shows the edit, and saving later stores it', async ({ page }) => {
  await page.goto('/');
  await newPartnership(page, 'Failing disk');
  await page.getByRole('button', { name: 'New review' }).click();
  await page.getByLabel('Review title').fill('Before the failure');
  await waitForSaved(page);
  const reviewId = /#\/review\/([^/]+)/.exec(page.url())![1]!;

  await breakWrites(page);
  await page.getByLabel('1.1 Notes').fill('Typed while the disk was full');
  await page.getByLabel('Review title').fill('Renamed while the disk was full');
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved' })).toBeVisible();

  await page.getByRole('link', { name: 'Failing disk' }).click();
  // The partnership page lists the unsaved title, not the stored one.
  await expect(page.getByText('Renamed while the disk was full')).toBeVisible();
  await page.getByText('Renamed while the disk was full').click();
  await expect(page.getByLabel('1.1 Notes')).toHaveValue('Typed while the disk was full');
  await page.getByRole('button', { name: 'Summary' }).click();
  await page.getByRole('button', { name: 'Form', exact: true }).click();
  // The next edit keeps the failed one instead of replacing it.
  await page.getByLabel('1.1 By Whom?').fill('Chair');
  await expect(page.getByLabel('1.1 Notes')).toHaveValue('Typed while the disk was full');

  await mendWrites(page);
  // Retry runs every queued save now (the same flush page hide runs); dispatched, not clicked, because the last
  // keystroke's debounced save may already have landed by itself and removed the button.
  await page.evaluate(() => dispatchEvent(new PageTransitionEvent('pagehide')));
  await waitForSaved(page);
  const stored = (await storedReview(page, reviewId))!;
  expect(stored.title).toBe('Renamed while the disk was full');
  expect(Object.values(stored.answers)[0]).toMatchObject({ notes: 'Typed while the disk was full', byWhom: 'Chair' });
});
