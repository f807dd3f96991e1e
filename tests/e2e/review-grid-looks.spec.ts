import { expect, test, type Page } from '@playwright/test';
import { LEVELS, newPartnership, ratingGroup, tabTo } from './helpers.ts';

test.use({ viewport: { width: 1366, height: 768 } });

async function newReview(page: Page, partners = ''): Promise<void> {
  await page.goto('/');
  await newPartnership(page, 'Riverside Partnership');
  if (partners) await page.getByLabel('Partner organisations').fill(partners);
  await page.getByRole('button', { name: 'New review' }).click();
  await expect(ratingGroup(page, '1.1')).toBeVisible();
}

/**
 * WCAG 2 contrast of every visible level label on the page (text exactly a level's name, as a heading or caption),
 * worked out here from the colours the browser computed: text over the backgrounds of its ancestors, composited.
 */
async function levelLabelContrasts(page: Page): Promise<{ label: string; ratio: number }[]> {
  return page.evaluate(
    (levels) => {
      type Rgba = [number, number, number, number];
      const parse = (css: string): Rgba => {
        const rgb = /^rgba?\(([^)]+)\)$/.exec(css);
        if (rgb) {
          const [r, g, b, a] = rgb[1]!
            .split(/[\s,/]+/)
            .filter(Boolean)
            .map(Number);
          return [r! / 255, g! / 255, b! / 255, a ?? 1];
        }
        const srgb = /^color\(srgb ([^)]+)\)$/.exec(css);
        if (srgb) {
          const [r, g, b, a] = srgb[1]!
            .split(/[\s/]+/)
            .filter(Boolean)
            .map(Number);
          return [r!, g!, b!, a ?? 1];
        }
        throw new Error(`a colour this test cannot read: ${css}`);
      };
      const over = (top: Rgba, below: Rgba): Rgba => [0, 1, 2].map((i) => top[i]! * top[3] + below[i]! * (1 - top[3])).concat(1) as Rgba;
      const backdrop = (el: Element | null): Rgba => {
        if (!el) return [1, 1, 1, 1];
        const own = parse(getComputedStyle(el).backgroundColor);
        return own[3] === 1 ? own : over(own, backdrop(el.parentElement));
      };
      const channel = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      const luminance = ([r, g, b]: Rgba) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
      const ownText = (el: Element) =>
        [...el.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent)
          .join('')
          .trim();
      return [...document.querySelectorAll('body *')]
        .filter((el) => levels.includes(ownText(el)) && !el.closest('.sr-only') && el.getBoundingClientRect().width > 1)
        .map((el) => {
          const background = backdrop(el);
          const text = over(parse(getComputedStyle(el).color), background);
          const [light, dark] = [luminance(text), luminance(background)].sort((a, b) => b - a);
          return { label: ownText(el), ratio: Math.round(((light! + 0.05) / (dark! + 0.05)) * 100) / 100 };
        });
    },
    LEVELS as readonly string[],
  );
}

test('every level label reads at 4.5:1 or more, in the form and in the Summary', async ({ page }) => {
  await newReview(page);
  await ratingGroup(page, '1.1').getByRole('radio', { name: LEVELS[0], exact: true }).check();
  await ratingGroup(page, '1.2').getByRole('radio', { name: LEVELS[1], exact: true }).check();
  const form = await levelLabelContrasts(page);
  // The four headings of each of the four sections.
  expect(form.length).toBeGreaterThanOrEqual(16);
  for (const { label, ratio } of form) expect(ratio, `form: ${label}`).toBeGreaterThanOrEqual(4.5);

  await page.getByRole('button', { name: 'Summary', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Priorities' })).toBeVisible();
  const summary = await levelLabelContrasts(page);
  expect(summary.length).toBeGreaterThanOrEqual(4);
  for (const { label, ratio } of summary) expect(ratio, `Summary: ${label}`).toBeGreaterThanOrEqual(4.5);
});

test('the level headings stay in view, uncovered, while a section scrolls past its third benchmark', async ({ page }) => {
  await newReview(page);
  for (const number of ['1.3', '2.4', '4.5']) {
    const row = page.locator('tbody', { has: ratingGroup(page, number) });
    // The benchmark a little below the sticky bars, as when the room has worked down to it.
    await row.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 260));
    const table = page.locator('table', { has: row });
    for (const level of LEVELS) {
      const heading = table.getByRole('columnheader', { name: level, exact: true });
      const seen = await heading.evaluate((th) => {
        const r = th.getBoundingClientRect();
        const atCentre = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return { top: r.top, bottom: r.bottom, uncovered: atCentre !== null && th.contains(atCentre) };
      });
      expect(seen.top, `${number}: ${level} heading is on screen`).toBeGreaterThanOrEqual(0);
      expect(seen.uncovered, `${number}: ${level} heading is not hidden under the bars above it`).toBe(true);
      const rowTop = await row.evaluate((el) => el.getBoundingClientRect().top);
      expect(seen.bottom, `${number}: ${level} heading sits above the benchmark`).toBeLessThanOrEqual(rowTop + 1);
    }
  }
});

test.describe('at 200% zoom', () => {
  // Browser zoom at 200% halves the CSS pixels across the same screen (tests/e2e/support/long-text.ts LAYOUTS).
  test.use({ viewport: { width: 683, height: 384 }, deviceScaleFactor: 2 });

  test('the tab bar sticks below the taller, wrapped app header, and the level headings below the tab bar', async ({ page }) => {
    await newReview(page);
    const row = page.locator('tbody', { has: ratingGroup(page, '1.2') });
    // Into the first section, far enough for all three bars to stick.
    await row.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 150));
    const bars = await page.evaluate(() => {
      const bottom = (selector: string) => document.querySelector(selector)!.getBoundingClientRect().bottom;
      const top = (selector: string) => document.querySelector(selector)!.getBoundingClientRect().top;
      return {
        header: bottom('.app-header'),
        tabsTop: top('.tabs-row'),
        tabsBottom: bottom('.tabs-row'),
        headings: top('table.grid thead th'),
      };
    });
    // The header wraps at this width: this is the case the fixed offset got wrong.
    expect(bars.header).toBeGreaterThan(60);
    expect(bars.tabsTop, 'the tab bar starts at the header’s foot, not under it').toBeGreaterThanOrEqual(bars.header - 0.5);
    expect(bars.headings, 'the level headings start at the tab bar’s foot, not under it').toBeGreaterThanOrEqual(bars.tabsBottom - 0.5);
    for (const name of ['Form', 'Summary', 'Respondents']) {
      const tab = page.getByRole('group', { name: 'Review views' }).getByRole('button', { name, exact: true });
      const uncovered = await tab.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return [r.top + 2, r.top + r.height / 2].every((y) => el.contains(document.elementFromPoint(r.left + r.width / 2, y)));
      });
      expect(uncovered, `the ${name} tab is whole, not under the header`).toBe(true);
    }
  });
});

test('at least five benchmarks fit on a 1366×768 screen below the headings', async ({ page }) => {
  await newReview(page);
  const visible = await page.evaluate(() => {
    const table = document.querySelector('table.grid')!;
    // Down far enough for the app's header and the review's tab bar to stick, then back until the table starts just
    // under the tab bar: its headings sit where they would stay while the section is worked through.
    window.scrollBy(0, table.getBoundingClientRect().top - 200);
    const bar = document.querySelector('.tabs-row')!.getBoundingClientRect();
    window.scrollBy(0, table.getBoundingClientRect().top - bar.bottom);
    const below = table.querySelector('thead')!.getBoundingClientRect().bottom;
    return [...table.querySelectorAll('tbody')].filter((b) => {
      const r = b.getBoundingClientRect();
      return r.top >= below - 1 && r.bottom <= window.innerHeight;
    }).length;
  });
  expect(visible).toBeGreaterThanOrEqual(5);
});

test('the section jump list brings a section into view with focus on its heading', async ({ page }) => {
  await newReview(page);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: /^3 / }).click();
  const heading = page.getByRole('heading', { level: 2, name: /^3 / });
  await expect(heading).toBeFocused();
  const uncovered = await heading.evaluate((h) => {
    const r = h.getBoundingClientRect();
    const at = document.elementFromPoint(r.left + 10, r.top + r.height / 2);
    return r.top >= 0 && r.bottom <= window.innerHeight && at !== null && h.contains(at);
  });
  expect(uncovered).toBe(true);
});

test('By Whom? offers the partner organisations as suggestions, by keyboard and by pointer, and Enter adds no new line', async ({
  page,
}) => {
  await newReview(page, 'Riverside Borough Council\nRiverside NHS Foundation Trust');
  const owner = page.getByLabel('1.1 By Whom?');
  const suggestions = page.getByRole('listbox', { name: 'Partner organisations' });
  await expect(owner).toHaveAttribute('aria-autocomplete', 'list');
  await expect(owner).toHaveAccessibleDescription(/Partner organisations are suggested as you type/);

  // Down on the empty field lists every partner and picks the first; Down again the next; Enter takes it.
  await tabTo(page, owner);
  await expect(suggestions).toBeHidden();
  await page.keyboard.press('ArrowDown');
  await expect(suggestions.getByRole('option')).toHaveText(['Riverside Borough Council', 'Riverside NHS Foundation Trust']);
  await page.keyboard.press('ArrowDown');
  const picked = suggestions.getByRole('option', { name: 'Riverside NHS Foundation Trust' });
  await expect(picked).toHaveAttribute('aria-selected', 'true');
  await expect(owner).toHaveAttribute('aria-activedescendant', (await picked.getAttribute('id'))!);
  await page.keyboard.press('Enter');
  await expect(owner).toHaveValue('Riverside NHS Foundation Trust');
  await expect(suggestions).toBeHidden();
  await expect(owner).toBeFocused();

  // Typing narrows the list; Escape closes it; Enter with nothing picked keeps the one line as typed.
  await owner.fill('');
  await page.keyboard.type('coun');
  await expect(suggestions.getByRole('option')).toHaveText(['Riverside Borough Council']);
  await page.keyboard.press('Escape');
  await expect(suggestions).toBeHidden();
  await page.keyboard.type('cil officers');
  await page.keyboard.press('Enter');
  await expect(owner).toHaveValue('council officers');

  // A pointer picks one too, and the field keeps focus.
  const other = page.getByLabel('1.2 By Whom?');
  await other.click();
  await suggestions.getByRole('option', { name: 'Riverside Borough Council' }).click();
  await expect(other).toHaveValue('Riverside Borough Council');
  await expect(other).toBeFocused();
  await expect(suggestions).toBeHidden();
});

test('a long By Whom? wraps whole inside its box, and the Due date box beside it keeps its size', async ({ page }) => {
  await newReview(page);
  const owner = page.getByLabel('1.2 By Whom?');
  await owner.fill('Chief Executive, Riverside Borough Council and the Clinical Commissioning Group');
  await owner.blur();
  const shown = await owner.evaluate((f) => ({
    sideways: f.scrollWidth - f.clientWidth,
    hidden: f.scrollHeight - f.clientHeight,
    lines: f.clientHeight / parseFloat(getComputedStyle(f).lineHeight),
  }));
  expect(shown.sideways, 'no text past the right edge').toBeLessThanOrEqual(0);
  expect(shown.hidden, 'no text below the bottom edge').toBeLessThanOrEqual(1);
  expect(shown.lines, 'the box grew to more than one line').toBeGreaterThan(2);
  const size = (number: string) =>
    page.getByLabel(`${number} Due date`).evaluate((f) => {
      const r = f.getBoundingClientRect();
      return { width: Math.round(r.width), height: Math.round(r.height) };
    });
  expect(await size('1.2')).toEqual(await size('1.3'));
});

test('the review details fold away and stay folded for the session', async ({ page }) => {
  await newReview(page);
  await expect(page.getByLabel('Review title')).toBeVisible();
  await page.getByText('Review details', { exact: true }).click();
  await expect(page.getByLabel('Review title')).toBeHidden();
  await page.reload();
  await expect(ratingGroup(page, '1.1')).toBeVisible();
  await expect(page.getByLabel('Review title')).toBeHidden();
  await page.getByText('Review details', { exact: true }).click();
  await expect(page.getByLabel('Review title')).toBeVisible();
});
