import { expect, test, type Page } from '@playwright/test';
import { backupFile, review } from './compare-data.ts';

/** Two reviews eight months apart, the second in November 2025: the month label that read "Nov 25", like a day. */
const spring = review(41, 'Spring', '2025-03-04', { '1.1': { rating: 'no-action-needed' }, '1.2': { rating: 'no-action-in-hand' } });
const autumn = review(42, 'Autumn', '2025-11-25', { '1.1': { rating: 'yes-needs-improving' }, '1.2': { rating: 'yes-working-well' } });

async function openTrends(page: Page): Promise<void> {
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore or add from backup…' }).click();
  await (await chooser).setFiles(backupFile('Riverside Health Partnership', [spring, autumn]));
  await page.getByRole('link', { name: 'Riverside Health Partnership' }).click();
  await page.getByRole('button', { name: 'Compare reviews' }).click();
  await page.getByRole('tab', { name: 'Section trends' }).click();
}

/** Every text of every chart: its words, and the size it is drawn at on screen (its font size times the drawing's scale). */
async function chartTexts(page: Page): Promise<{ text: string; px: number; box: DOMRect }[]> {
  return page.locator('svg.chart text').evaluateAll((texts) =>
    (texts as SVGTextElement[]).map((t) => ({
      text: t.textContent ?? '',
      px: parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM()!.a,
      box: t.getBoundingClientRect().toJSON() as DOMRect,
    })),
  );
}

for (const [name, viewport] of [
  ['a 1366×768 laptop', { width: 1366, height: 768 }],
  ['a 1280×720 projector', { width: 1280, height: 720 }],
] as const) {
  test(`trend charts on ${name}: text at least 12 px, months with their year`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openTrends(page);
    const leadership = page.getByRole('img', { name: '1 Leadership: index over time' });
    await expect(leadership).toBeVisible();
    // "Nov 2025", never "Nov 25", which reads as the 25th of November.
    await expect(leadership.locator('text')).toContainText(['Mar 2025', 'Nov 2025']);
    await expect(leadership.locator('text', { hasText: /^Nov 25$/ })).toHaveCount(0);

    const texts = await chartTexts(page);
    expect(texts.length).toBeGreaterThan(20);
    const small = texts.filter((t) => t.px < 12).map((t) => `"${t.text}" at ${t.px.toFixed(1)} px`);
    expect(small).toEqual([]);

    // The month labels of one chart never overprint each other.
    const months = (await chartTexts(page)).filter((t) => /^[A-Z][a-z]+ \d{4}$/.test(t.text)).slice(0, 2);
    expect(months).toHaveLength(2);
    expect(months[0]!.box.right).toBeLessThan(months[1]!.box.left);
  });
}
