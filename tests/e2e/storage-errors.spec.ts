import { expect, test, type Page } from '@playwright/test';
import { ReviewSchema } from '@shared/model/review.ts';
import { readDatabase } from '../fixtures/db/build-database.ts';
import { newPartnership, waitForSaved } from './helpers.ts';

type Failure = 'quota' | 'abort';

/** Makes every IndexedDB write fail the way a full disk (quota) or a cancelled transaction (abort) does, until lifted. */
async function breakWrites(page: Page, failure: Failure): Promise<void> {
  await page.evaluate((kind) => {
    const proto = IDBObjectStore.prototype as IDBObjectStore & { realPut?: IDBObjectStore['put'] };
    proto.realPut = proto.put;
    proto.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if (kind === 'quota') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      const request = proto.realPut!.call(this, value, key);
      this.transaction.abort(); // as the browser does when it gives up on a transaction
      return request;
    };
  }, failure);
}

async function mendWrites(page: Page): Promise<void> {
  await page.evaluate(() => {
    const proto = IDBObjectStore.prototype as IDBObjectStore & { realPut?: IDBObjectStore['put'] };
    proto.put = proto.realPut!;
  });
}

const messages: Record<Failure, RegExp> = {
  quota: /Not saved: this computer has run out of storage space for the app\. Your changes are still on screen/,
  abort: /Not saved: the browser cancelled the save\. Your changes are still on screen/,
};

const names: Record<Failure, string> = { quota: 'a quota-exceeded', abort: 'an aborted-transaction' };

for (const failure of ['quota', 'abort'] as const) {
  test(`${names[failure]} failure is explained, keeps the edit on screen and leaves the saved review intact`, async ({ page }) => {
    await page.goto('/');
    await newPartnership(page, `Storage ${failure}`);
    await page.getByRole('button', { name: 'New review' }).click();
    await page.getByLabel('Review title').fill('Saved before the failure');
    await page.getByLabel('1.1 Notes').fill('Earlier note');
    await waitForSaved(page);
    const reviewId = /#\/review\/([^/]+)/.exec(page.url())![1]!;
    const stored = async () =>
      (await page.evaluate(readDatabase, { name: 'partnership-review' })).reviews!.find((r) => (r as { id: string }).id === reviewId);
    const before = await stored();

    await breakWrites(page, failure);
    await page.getByLabel('Review title').fill('Edited while the disk was failing');
    await page.getByLabel('1.1 Notes').fill('Unsaved note');
    await expect(page.getByRole('alert')).toHaveText(messages[failure]);
    await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
    await expect(page.getByLabel('Review title')).toHaveValue('Edited while the disk was failing');
    await expect(page.getByLabel('1.1 Notes')).toHaveValue('Unsaved note');

    // A second failed attempt must not damage what was saved either.
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('alert')).toHaveText(messages[failure]);
    const during = await stored();
    expect(during).toEqual(before);
    expect(ReviewSchema.safeParse(during).success).toBe(true);

    await mendWrites(page);
    await page.getByRole('button', { name: 'Retry' }).click();
    await waitForSaved(page);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await page.reload();
    await expect(page.getByLabel('Review title')).toHaveValue('Edited while the disk was failing');
    await expect(page.getByLabel('1.1 Notes')).toHaveValue('Unsaved note');
  });
}
