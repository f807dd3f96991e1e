import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { newPartnership, waitForSaved } from './helpers.ts';

const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page).toHaveURL(/#\/settings$/);
}

test('Settings in the browser: persistent storage asked for, space used, version, and no automatic backup', async ({ page }) => {
  await page.addInitScript(() => {
    const storage = navigator.storage as StorageManager & { asked?: number };
    const persist = storage.persist.bind(storage);
    storage.persist = () => {
      (window as unknown as { persistAsked: number }).persistAsked =
        ((window as unknown as { persistAsked?: number }).persistAsked ?? 0) + 1;
      return persist();
    };
  });
  await page.goto('/');
  await expect.poll(() => page.evaluate(() => (window as unknown as { persistAsked?: number }).persistAsked ?? 0)).toBe(1);
  await openSettings(page);
  const granted = await page.evaluate(() => navigator.storage.persisted());
  await expect(page.getByTestId('persistence')).toHaveText(granted ? /^Granted/ : /^Not granted: the browser may clear the library/);
  await expect(page.getByTestId('estimate')).toHaveText(/^[\d.]+ (bytes|KB|MB|GB) of [\d.]+ (KB|MB|GB|TB) available to the app$/);
  await expect(page.getByTestId('version')).toHaveText(version);
  await expect(page.getByTestId('shell')).toContainText('Web app in the browser');
  await expect(page.getByTestId('rolling-backup')).toContainText('Unsupported in the browser');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
});

/** Stands in for the Electron preload: app:info says desktop, and rolling backups succeed or fail as told. */
async function desktopShell(page: Page, backup: 'ok' | 'fail'): Promise<void> {
  await page.addInitScript((mode) => {
    const calls: unknown[] = [];
    const w = window as unknown as { api: unknown; backupCalls: unknown[] };
    w.backupCalls = calls;
    w.api = {
      invoke: async (channel: string, input: { library?: unknown }) => {
        if (channel === 'app:info') return { ok: true, value: { version: '9.8.7', platform: 'darwin', shell: 'electron' } };
        if (channel === 'library:rollingBackup') {
          calls.push(input.library);
          return mode === 'ok'
            ? { ok: true, value: { kept: 10 } }
            : { ok: false, error: { code: 'write-failed', message: 'The backup folder is read-only.' } };
        }
        return { ok: false, error: { code: 'test', message: 'not in this test' } };
      },
      onMenuCommand: () => () => {},
    };
  }, backup);
}

const backupCalls = (page: Page) =>
  page.evaluate(() => (window as unknown as { backupCalls: { partnerships: { name: string }[] }[] }).backupCalls);

test('on the desktop the library is backed up once at start-up and Settings says so', async ({ page }) => {
  // A day whose ISO form (2026-03-04) could be misread: Settings gives it the British way, as every date on screen.
  await page.clock.setFixedTime(new Date('2026-03-04T12:00:00Z'));
  await page.goto('/');
  await newPartnership(page, 'Backed up daily');
  await waitForSaved(page);
  await desktopShell(page, 'ok');
  await page.goto('/');
  await expect.poll(async () => (await backupCalls(page)).length).toBe(1);
  expect((await backupCalls(page))[0]!.partnerships.map((p) => p.name)).toEqual(['Backed up daily']);
  await openSettings(page);
  await expect(page.getByTestId('rolling-backup')).toContainText(
    'Today’s backup (4 Mar 2026) is saved; the last 10 daily backups are kept',
  );
  await expect(page.getByTestId('shell')).toHaveText('Desktop app (darwin)');
  await expect(page.getByTestId('version')).toHaveText('9.8.7');

  // Already done today: neither a restart nor a change makes another.
  await page.goto('/');
  await page.getByRole('link', { name: 'Backed up daily' }).click();
  await page.getByLabel('Partnership name').fill('Backed up daily (edited)');
  await waitForSaved(page);
  expect(await backupCalls(page)).toHaveLength(0);
});

test('a failed rolling backup is shown quietly in Settings, not as an alert', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-02T12:00:00Z'));
  await desktopShell(page, 'fail');
  await page.goto('/');
  await expect.poll(async () => (await backupCalls(page)).length).toBe(1);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await openSettings(page);
  await expect(page.getByTestId('rolling-backup')).toContainText(
    'Today’s backup (2 Dec 2026) failed: The backup folder is read-only. It will be tried again when the app next starts.',
  );
});

test('Settings has a Back to where the person came from, or to the library after a reload', async ({ page }) => {
  await page.goto('/');
  await newPartnership(page, 'Came from here');
  const partnership = page.url();
  await openSettings(page);
  await page.getByRole('button', { name: 'Back to the partnership' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Came from here' })).toBeVisible();
  expect(page.url()).toBe(partnership);

  // Opened straight from its address, Settings has nowhere else to go back to but the library.
  await openSettings(page);
  await page.reload();
  await page.getByRole('button', { name: 'Back to the library' }).click();
  await expect(page).toHaveURL(/#\/$/);
  await expect(page.getByRole('link', { name: 'Came from here' })).toBeVisible();
});

/** The browser's answers to "is the library kept?" and, call by call, to "please keep it" (the first at start-up). */
async function storageAnswers(page: Page, answers: { persisted: boolean; persist: readonly boolean[] }): Promise<void> {
  await page.addInitScript((a) => {
    let calls = 0;
    navigator.storage.persisted = async () => a.persisted;
    navigator.storage.persist = async () => a.persist[Math.min(calls++, a.persist.length - 1)]!;
  }, answers);
}

for (const [answers, outcome, persistence] of [
  [{ persisted: false, persist: [false, true] }, /^Done: the browser has agreed to keep the library/, /^Granted/],
  [{ persisted: false, persist: [false] }, /^The browser decided no\./, /^Not granted/],
  [{ persisted: true, persist: [true] }, /^Already granted/, /^Granted/],
] as const) {
  test(`"Keep my data safe on this computer" asks the browser and says what it answered: ${outcome.source}`, async ({ page }) => {
    await storageAnswers(page, answers);
    await page.goto('/');
    await openSettings(page);
    await expect(page.getByTestId('persist-outcome')).toHaveText('');
    await page.getByRole('button', { name: 'Keep my data safe on this computer' }).click();
    await expect(page.getByTestId('persist-outcome')).toHaveText(outcome);
    await expect(page.getByTestId('persistence')).toHaveText(persistence);
  });
}
