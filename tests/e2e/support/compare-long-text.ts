import { expect, type Locator, type Page } from '@playwright/test';
import { backupFile, BENCHMARKS, review, uuid } from '../compare-data.ts';

/**
 * The comparison screens filled with what a consultant might paste: a 300-character link with no space in it, in every
 * text field a comparison shows (partnership, partners, review titles, facilitator, participants, Action Needed, By
 * Whom?, notes, a parked point). Used by the layout tests of the comparison.
 */
const LONG = `https://example.org/s/${'PartnershipReviewSharedFolder0123456789'.repeat(8)}`;

/** A distinct unbroken string per field (no hyphen or space to break at), so a failure can say which field it was. */
const long = (tag: string) => `${tag}${LONG}`.slice(0, 300);

/** The sizes the issue names: a laptop, a projector, a narrow window, and a laptop at 200% zoom (half the CSS pixels, twice as dense). */
export const LAYOUTS = [
  { name: '1366×768', viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1 },
  { name: '1280×720', viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 },
  { name: '900 px', viewport: { width: 900, height: 800 }, deviceScaleFactor: 1 },
  { name: '200% zoom', viewport: { width: 683, height: 384 }, deviceScaleFactor: 2 },
] as const;

const levels = ['no-action-needed', 'no-action-in-hand', 'yes-needs-improving', 'yes-working-well'] as const;

function longReview(n: number, date: string) {
  const answers = Object.fromEntries(
    Object.keys(BENCHMARKS).map((number, i) => [
      number,
      {
        rating: levels[(i + n) % 4]!,
        actionNeeded: long(`action${number}r${n}`),
        byWhom: long(`owner${number}r${n}`),
        dueDate: '2025-01-31',
      },
    ]),
  );
  const base = review(n, long(`title${n}`), date, answers, { leadership: { 'leadership-f1': 'tick', 'leadership-f2': 'cross' } });
  return {
    ...base,
    facilitator: long(`facilitator${n}`),
    participants: [long(`participant${n}`)],
    parkingLot: [
      {
        id: uuid(800 + n),
        text: long(`parked${n}`),
        owner: long(`parkedowner${n}`),
        dueDate: null,
        status: 'open',
        benchmarkId: BENCHMARKS['1.1']!,
        raisedAt: `${date}T11:00:00.000Z`,
      },
    ],
  };
}

/** Four reviews, so the side by side has older columns to scroll past and a latest one to keep in view. */
export const LONG_REVIEWS = [
  longReview(31, '2024-11-05'),
  longReview(32, '2025-03-04'),
  longReview(33, '2025-07-01'),
  longReview(34, '2025-11-04'),
];
export const LONG_NAME = long('partnership');

/** Restores the long-text library through the app's own button and opens its comparison with every review chosen. */
export async function openLongComparison(page: Page): Promise<void> {
  await page.goto('/');
  const file = backupFile(LONG_NAME, LONG_REVIEWS);
  const body = JSON.parse(file.buffer.toString('utf8')) as { partnerships: { partners: string[]; notes: string }[] };
  body.partnerships[0]!.partners = [long('partnerA'), long('partnerB')];
  body.partnerships[0]!.notes = long('notes');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore or add from backup…' }).click();
  await (await chooser).setFiles({ ...file, buffer: Buffer.from(JSON.stringify(body)) });
  // Into an empty library the backup is taken without a question.
  await page.getByRole('link', { name: LONG_NAME }).click();
  await page.getByRole('button', { name: 'Compare reviews' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Progress over time' })).toBeVisible();
  await page.getByRole('button', { name: 'All reviews' }).click();
  // Notices from restoring are not part of what is measured.
  for (const close of await page.getByRole('button', { name: /dismiss|close/i }).all()) await close.click();
}

/**
 * The page scrolls sideways: what must never happen because of what someone typed. With the width, the outermost
 * elements that reach past the window, so a failure says what to fix.
 */
export async function pageOverflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number; culprits: string[] }> {
  return page.evaluate(() => {
    const root = document.scrollingElement!;
    const past = (el: Element) => el.getBoundingClientRect().right > root.clientWidth + 0.5;
    // Reaching past the window inside a box that scrolls or clips (the side by side's older reviews) is not a culprit.
    const clipped = (el: Element) => {
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        if (getComputedStyle(up).overflowX !== 'visible' && !past(up)) return true;
      }
      return false;
    };
    const culprits = [...document.body.querySelectorAll('*')]
      .filter((el) => past(el) && !clipped(el))
      .slice(-5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 30)}"`);
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, culprits };
  });
}

/**
 * Text that spills out of its table cell (over a neighbour, or under it): every line of every text node must lie
 * inside the cell that holds it, except lines its own box clips away (a heading clamped to two lines). Returns a
 * description of each spill, so a failure names the text.
 */
export async function textSpills(container: Locator): Promise<string[]> {
  return container.evaluate((root) => {
    const spills: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const parent = node.parentElement;
      const cell = parent?.closest('td, th');
      if (!text || !parent || !cell || !cell.checkVisibility() || parent.closest('.sr-only')) continue;
      // Boxes between the text and its cell that clip what overflows them.
      const clips: DOMRect[] = [];
      for (let el: Element | null = parent; el && el !== cell; el = el.parentElement) {
        if (getComputedStyle(el).overflow !== 'visible') clips.push(el.getBoundingClientRect());
      }
      const box = cell.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const line of range.getClientRects()) {
        if (line.width === 0) continue;
        if (clips.some((c) => line.bottom <= c.top + 1 || line.top >= c.bottom - 1 || line.right <= c.left + 1 || line.left >= c.right - 1))
          continue;
        if (line.left < box.left - 1 || line.right > box.right + 1 || line.top < box.top - 1 || line.bottom > box.bottom + 1) {
          spills.push(
            `"${text.slice(0, 40)}…" spills ${Math.round(Math.max(line.right - box.right, box.left - line.left, line.bottom - box.bottom))} px from its ${cell.tagName.toLowerCase()}`,
          );
          break;
        }
      }
    }
    return spills;
  });
}
