import { expect, test } from '@playwright/test';
import { newPartnership, waitForSaved } from './helpers.ts';

test('deleting a partnership needs a confirmation; one stray click deletes nothing', async ({ page }) => {
  await page.goto('/');
  await newPartnership(page, 'Coastal Regeneration Board');
  await page.getByRole('button', { name: 'New review' }).click();
  await expect(page.getByRole('radiogroup', { name: /^1\.1 / })).toBeVisible();
  await page.getByRole('link', { name: 'Coastal Regeneration Board' }).click();

  const dialog = page.getByRole('dialog');
  await page.getByRole('button', { name: 'Delete partnership' }).click();
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('1 review');
  // Focus starts on Cancel, so Enter (or Escape) keeps everything.
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Delete partnership' }).click();
  // The question is asked once the reviews are counted: Escape is pressed on the open dialog, not before it.
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(page.getByRole('link', { name: 'Coastal Regeneration Board' })).toBeVisible();

  await page.getByRole('link', { name: 'Coastal Regeneration Board' }).click();
  await page.getByRole('button', { name: 'Delete partnership' }).click();
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Partnerships', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Coastal Regeneration Board' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByText('No partnerships yet')).toBeVisible();
});

test('the library lists partnerships by most recent review, and edits are saved', async ({ page }) => {
  await page.goto('/');
  await newPartnership(page, 'Older partnership');
  await page.getByRole('button', { name: 'New review' }).click();
  await page.getByLabel('Date', { exact: true }).fill('2024-05-01');
  await waitForSaved(page);
  await page.getByRole('link', { name: 'Library' }).click();
  await newPartnership(page, 'Newer partnership');
  await page.getByRole('button', { name: 'New review' }).click();
  await page.getByLabel('Date', { exact: true }).fill('2026-01-10');
  await page.getByLabel('Status').selectOption('final');
  await waitForSaved(page);
  await page.getByRole('link', { name: 'Newer partnership' }).click();
  await expect(page.getByRole('row', { name: /10 Jan 2026/ })).toContainText('Final');
  await page.getByLabel('Partnership name').fill('Newer partnership (renamed)');
  await waitForSaved(page);
  await page.getByRole('link', { name: 'Library' }).click();
  const names = page.getByRole('table').getByRole('rowheader');
  await expect(names).toHaveText(['Newer partnership (renamed)', 'Older partnership']);
});

test('a failed save says so, keeps the edit on screen, and Retry saves it', async ({ page }) => {
  await page.goto('/');
  await newPartnership(page, 'Quota test');
  await page.getByRole('button', { name: 'New review' }).click();
  // The review page loads on first use: wait for it, not only for the partnership's "Saved".
  await expect(page.getByLabel('Review title')).toBeVisible();
  await waitForSaved(page);
  // Simulate a full disk: IndexedDB writes fail with QuotaExceededError until we lift it.
  await page.evaluate(() => {
    const proto = IDBObjectStore.prototype as IDBObjectStore & { realPut?: IDBObjectStore['put'] };
    proto.realPut = proto.put;
    proto.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.getByLabel('1.1 Notes').fill('Important point from the workshop');
  await expect(page.getByRole('alert')).toContainText('run out of storage space');
  await expect(page.getByLabel('1.1 Notes')).toHaveValue('Important point from the workshop');
  await page.evaluate(() => {
    const proto = IDBObjectStore.prototype as IDBObjectStore & { realPut?: IDBObjectStore['put'] };
    proto.put = proto.realPut!;
  });
  await page.getByRole('button', { name: 'Retry' }).click();
  await waitForSaved(page);
  await page.reload();
  await expect(page.getByLabel('1.1 Notes')).toHaveValue('Important point from the workshop');
});

test('native menu commands run the same handlers as the buttons', async ({ page }) => {
  // Stand in for the Electron preload: the app must pick window.api and obey its menu commands.
  await page.addInitScript(() => {
    const handlers: ((command: string) => void)[] = [];
    (window as unknown as { api: unknown; fireMenu: (c: string) => void }).api = {
      invoke: async () => ({ ok: false, error: { code: 'test', message: 'not in this test' } }),
      onMenuCommand: (cb: (command: string) => void) => {
        handlers.push(cb);
        return () => {};
      },
    };
    (window as unknown as { fireMenu: (c: string) => void }).fireMenu = (c) => handlers.forEach((h) => h(c));
  });
  await page.goto('/');
  // The app listens for menu commands only once its store is open, just before it mounts (main.ts); `goto` can return
  // before that. (The desktop holds such early commands until the renderer says it listens; this stand-in does not.)
  await expect(page.getByRole('heading', { name: 'Partnerships', exact: true })).toBeVisible();
  await page.evaluate(() => (window as unknown as { fireMenu: (c: string) => void }).fireMenu('new-partnership'));
  const asked = page.getByRole('dialog', { name: 'New partnership' });
  await expect(asked.getByLabel('Partnership name')).toBeFocused();
  await asked.getByLabel('Partnership name').fill('From the menu');
  await asked.getByLabel('Partnership name').press('Enter');
  await expect(page.getByLabel('Partnership name')).toHaveValue('From the menu');
  await page.evaluate(() => (window as unknown as { fireMenu: (c: string) => void }).fireMenu('new-review'));
  await expect(page.getByRole('radiogroup', { name: /^1\.1 / })).toBeVisible();
  await page.evaluate(() => (window as unknown as { fireMenu: (c: string) => void }).fireMenu('show-library'));
  await expect(page.getByRole('heading', { name: 'Partnerships', exact: true })).toBeVisible();
});

test('an edit made just before the page goes away is saved on page hide, without waiting for the debounce', async ({ page }) => {
  // A fake clock, paused below, so the debounce timer can never fire: only the pagehide listener can save the edit.
  // A reload would not prove it either, since beforeunload and visibilitychange flush as well; mobile browsers
  // often send pagehide alone.
  await page.clock.install();
  await page.goto('/');
  await newPartnership(page, 'Page hide');
  await page.getByRole('button', { name: 'New review' }).click();
  // The review page loads on first use: wait for it, not only for the partnership's "Saved".
  await expect(page.getByLabel('Review title')).toBeVisible();
  await waitForSaved(page);
  await page.clock.pauseAt(Date.now() + 60_000);
  await page.getByLabel('2.1 By Whom?').fill('Last-second owner');
  const storedReviews = () =>
    page.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          const open = indexedDB.open('partnership-review');
          open.onsuccess = () => {
            const all = open.result.transaction('reviews').objectStore('reviews').getAll();
            all.onsuccess = () => {
              open.result.close();
              resolve(JSON.stringify(all.result));
            };
            all.onerror = () => reject(all.error);
          };
          open.onerror = () => reject(open.error);
        }),
    );
  expect(await storedReviews()).not.toContain('Last-second owner');
  await page.evaluate(() => dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true })));
  await expect.poll(storedReviews).toContain('Last-second owner');
});

test('a damaged saved record is named on screen instead of breaking the library', async ({ page }) => {
  await page.goto('/');
  await newPartnership(page, 'Has a damaged review');
  await page.getByRole('button', { name: 'New review' }).click();
  await page.getByLabel('Review title').fill('Good review');
  await waitForSaved(page);
  const partnershipId = await page
    .getByRole('link', { name: 'Has a damaged review' })
    .getAttribute('href')
    .then((h) => h!.split('/').pop()!);
  // Write a broken record straight into IndexedDB, as a bug or a disk fault might.
  await page.evaluate(
    (pid) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('partnership-review');
        open.onsuccess = () => {
          const tx = open.result.transaction('reviews', 'readwrite');
          tx.objectStore('reviews').put({
            id: '11111111-1111-4111-8111-111111111111',
            partnershipId: pid,
            title: 'Broken review',
            date: 'last Tuesday',
          });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    partnershipId,
  );
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('Some saved records could not be read');
  await expect(page.getByRole('alert')).toContainText('“Broken review” 11111111-1111-4111-8111-111111111111 is damaged');
  await page.getByRole('link', { name: 'Has a damaged review' }).click();
  await expect(page.getByRole('link', { name: 'Good review' })).toBeVisible();
});
