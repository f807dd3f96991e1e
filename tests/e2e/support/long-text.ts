import { expect, type Locator, type Page } from '@playwright/test';

/**
 * What a consultant pastes and the layout must survive: one 300-character string with no space or hyphen to break at
 * (a link with a long query), for every screen that shows typed text (the review grid, the Summary, the comparison).
 */
export const LONG_TEXT =
  `https://example.org/partnership/minutes?${'q'.repeat(10)}=${'riversidepartnershipworkshopactionnotes'.repeat(7)}`.slice(0, 300);

/** The four ways the issue was seen: a laptop, a projector, a narrow window, and a laptop at 200% zoom. */
export const LAYOUTS = [
  { name: '1366 px', viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1 },
  { name: '1280 px', viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 },
  { name: '900 px', viewport: { width: 900, height: 768 }, deviceScaleFactor: 1 },
  // Browser zoom at 200% halves the CSS pixels across the same screen and doubles the device pixels.
  { name: '1366 px at 200% zoom', viewport: { width: 683, height: 384 }, deviceScaleFactor: 2 },
] as const;

/**
 * Puts LONG_TEXT into every visible free-text field inside `scope` (text inputs and text areas; not date fields, which
 * take only a date) as typing would: the value set and an input event sent, all in one go, since typing sixty fields
 * one by one takes a minute. Returns how many were filled, so a caller can check it reached the fields it meant to.
 */
export async function fillEveryTextField(scope: Locator): Promise<number> {
  const fields = scope.locator('textarea:visible, input[type="text"]:not([inputmode="numeric"]):visible');
  return fields.evaluateAll((elements, text) => {
    for (const el of elements as (HTMLInputElement | HTMLTextAreaElement)[]) {
      el.value = text;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }
    return elements.length;
  }, LONG_TEXT);
}

/** The page never scrolls sideways: its scrolling box is no wider than the window. */
export async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const { scrollWidth, clientWidth, widest } = await page.evaluate(() => {
    const root = document.scrollingElement!;
    // Names what reaches past the window, so a failure says where to look.
    const widest = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 0.5)
      .slice(0, 3)
      .map(
        (el) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}`,
      );
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, widest };
  });
  expect(
    scrollWidth,
    `${where}: the page is ${scrollWidth} px wide in a ${clientWidth} px window (${widest.join(', ')})`,
  ).toBeLessThanOrEqual(clientWidth);
}

/**
 * Text that is drawn over other text, or out of its table cell, inside `scope`: each line box of every visible text
 * node, and every text field and button, compared with each other (a box inside another's element, such as a
 * button's label, is not an overlap). Scrolled to the top first, so sticky headings sit in their own place.
 */
export async function overlappingText(page: Page, scope: Locator): Promise<string[]> {
  await page.evaluate(() => window.scrollTo(0, 0));
  return scope.evaluate((root) => {
    interface Box {
      owner: Element;
      rect: DOMRect;
      what: string;
    }
    const boxes: Box[] = [];
    const seen = (r: DOMRect) => r.width > 1 && r.height > 1;
    const describe = (el: Element, text: string) => `${el.tagName.toLowerCase()} “${text.trim().slice(0, 30)}”`;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const owner = node.parentElement;
      if (!owner || text.trim() === '' || owner.closest('.sr-only, datalist, option') || !owner.checkVisibility()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) if (seen(rect)) boxes.push({ owner, rect, what: describe(owner, text) });
    }
    for (const field of root.querySelectorAll('input:not([type="radio"]):not([type="checkbox"]), textarea, select, button')) {
      const rect = field.getBoundingClientRect();
      // checkVisibility: not inside a closed <details>, whose content Chromium lays out but does not draw.
      if (seen(rect) && field.checkVisibility())
        boxes.push({ owner: field, rect, what: describe(field, (field as HTMLInputElement).value ?? field.textContent ?? '') });
    }
    const problems: string[] = [];
    const slack = 1;
    for (const box of boxes) {
      const cell = box.owner.closest('td, th');
      if (!cell || !root.contains(cell)) continue;
      const c = cell.getBoundingClientRect();
      if (box.rect.left < c.left - slack || box.rect.right > c.right + slack)
        problems.push(
          `${box.what} runs out of its cell (${Math.round(box.rect.left)}–${Math.round(box.rect.right)} in ${Math.round(c.left)}–${Math.round(c.right)})`,
        );
    }
    for (let i = 0; i < boxes.length; i += 1) {
      for (let j = i + 1; j < boxes.length; j += 1) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (a.owner === b.owner || a.owner.contains(b.owner) || b.owner.contains(a.owner)) continue;
        const across = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
        const down = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
        if (across > slack && down > slack) problems.push(`${a.what} overlaps ${b.what}`);
      }
    }
    return problems;
  });
}
