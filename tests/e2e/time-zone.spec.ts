import { expect, test } from '@playwright/test';
import { newPartnership } from './helpers.ts';

/**
 * A review is dated by the consultant's own calendar day, never UTC's. Each case fixes the page's clock half an hour
 * either side of midnight UTC, where the local day differs from UTC's in at least one of the zones; the expected day
 * is written out by hand for each zone (Auckland is on NZDT, +13, and Los Angeles on PDT, -7, in mid-March 2026).
 */
const cases = [
  { zone: 'Pacific/Auckland', instant: '2026-03-10T23:30:00Z', day: '2026-03-11', shown: '11/03/2026', title: 'Review 11 Mar 2026' },
  { zone: 'Pacific/Auckland', instant: '2026-03-11T00:30:00Z', day: '2026-03-11', shown: '11/03/2026', title: 'Review 11 Mar 2026' },
  { zone: 'America/Los_Angeles', instant: '2026-03-10T23:30:00Z', day: '2026-03-10', shown: '10/03/2026', title: 'Review 10 Mar 2026' },
  { zone: 'America/Los_Angeles', instant: '2026-03-11T00:30:00Z', day: '2026-03-10', shown: '10/03/2026', title: 'Review 10 Mar 2026' },
  { zone: 'UTC', instant: '2026-03-10T23:30:00Z', day: '2026-03-10', shown: '10/03/2026', title: 'Review 10 Mar 2026' },
  { zone: 'UTC', instant: '2026-03-11T00:30:00Z', day: '2026-03-11', shown: '11/03/2026', title: 'Review 11 Mar 2026' },
] as const;

for (const { zone, instant, day, shown, title } of cases) {
  test.describe(`in ${zone} at ${instant}`, () => {
    test.use({ timezoneId: zone });

    test(`a new review is dated ${day}, the local day`, async ({ page }) => {
      // Fixed time rather than a paused clock: the autosave's timers still run.
      await page.clock.setFixedTime(new Date(instant));
      await page.goto('/');
      await newPartnership(page, `Dated in ${zone}`);
      await page.getByRole('button', { name: 'New review' }).click();
      await expect(page.getByLabel('Date', { exact: true })).toHaveValue(shown);
      await expect(page.getByLabel('Review title')).toHaveValue(title);
    });
  });
}
