import { chromium } from '@playwright/test';
const uuid = (n) => `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;
const B = { '1.1': 'leadership-common-vision', '1.2': 'leadership-added-value', '1.3': 'leadership-willing-to-change', '1.4': 'leadership-engender-support', '2.3': 'trust-openness', '4.1': 'managing-for-performance-structure-fits-purpose' };
const R = {
  A: { '1.1': 'no-action-needed', '1.2': 'yes-needs-improving', '1.3': 'yes-working-well', '2.3': 'no-action-needed', '4.1': 'no-action-in-hand' },
  B: { '1.1': 'no-action-needed', '1.2': 'yes-needs-improving', '1.3': 'yes-needs-improving', '2.3': 'yes-working-well' },
  C: { '1.1': 'yes-working-well', '1.2': 'yes-needs-improving', '2.3': 'yes-working-well', '4.1': 'yes-needs-improving' },
};
const byId = (o) => Object.fromEntries(Object.entries(o).map(([n, v]) => [B[n], v]));
const respondents = ['A', 'B', 'C'].map((w, i) => ({ id: uuid(500 + i), name: `Partner ${w}`, organisation: 'X', role: '', source: 'by-hand', formId: null, fingerprint: null, ratings: byId(R[w]), comments: {}, factors: {}, receivedAt: '2026-12-01T10:00:00.000Z' }));
const hands = byId({ '1.1': { 'no-action-in-hand': 1 }, '1.2': { 'yes-needs-improving': 2 } });
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--lang=en-GB'] });
const ctx = await b.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-GB' });
const p = await ctx.newPage();
p.setDefaultTimeout(120000);
await p.goto('http://127.0.0.1:5303/');
await p.getByRole('button', { name: 'New partnership' }).click();
await p.getByLabel('Partnership name').fill('Riverside Health Partnership');
await p.getByRole('button', { name: 'New review' }).click();
await p.getByLabel('Review title').waitFor();
await p.locator('.save-status [role="status"]').getByText('Saved').waitFor();
const id = p.url().split('#/review/')[1].split('/')[0];
await p.evaluate(({ id, respondents, hands }) => new Promise((res, rej) => {
  const o = indexedDB.open('partnership-review');
  o.onsuccess = () => { const tx = o.result.transaction('reviews', 'readwrite'); const s = tx.objectStore('reviews'); const g = s.get(id); g.onsuccess = () => s.put({ ...g.result, respondents, hands }); tx.oncomplete = () => { o.result.close(); res(); }; tx.onerror = () => rej(tx.error); };
}), { id, respondents, hands });
await p.reload();
await p.getByLabel('Review title').waitFor();
await p.getByRole('button', { name: '1.3 No agreement reached' }).click();
await p.getByLabel('1.3 Why we agreed this').fill('Council says it is working well; the Trust wants it improved first.');
const shot = async (name) => {
  await p.locator('#section-leadership').scrollIntoViewIfNeeded();
  await p.evaluate(() => document.querySelector('#section-leadership').closest('section').scrollIntoView());
  await p.screenshot({ path: `/tmp/shots-agree/${name}.png` });
};
await shot('grid-1366x768');
await p.setViewportSize({ width: 1280, height: 720 });
await shot('grid-1280x720');
await p.getByRole('button', { name: 'Divergent first' }).click();
await p.evaluate(() => document.querySelector('#agenda-heading').scrollIntoView());
await p.screenshot({ path: '/tmp/shots-agree/agenda-1280x720.png' });
await p.getByRole('button', { name: 'Form order' }).click();
await p.getByRole('button', { name: 'Summary' }).click();
await p.getByRole('heading', { name: 'Ratings by section' }).waitFor();
await p.screenshot({ path: '/tmp/shots-agree/summary-1280x720.png', fullPage: true });
await p.getByRole('button', { name: 'Form' }).click();
await ctx.close();
// 200% zoom: a 1366×768 screen at 200% is a 683×384 CSS-pixel viewport at device scale 2.
const z = await b.newContext({ viewport: { width: 683, height: 384 }, deviceScaleFactor: 2, locale: 'en-GB', storageState: undefined });
await z.close();
const ctx2 = await b.newContext({ viewport: { width: 683, height: 384 }, deviceScaleFactor: 2, locale: 'en-GB' });
const q = await ctx2.newPage();
q.setDefaultTimeout(120000);
await q.goto(`http://127.0.0.1:5303/`);
// A new context has its own IndexedDB: seed again.
await q.getByRole('button', { name: 'New partnership' }).click();
await q.getByLabel('Partnership name').fill('Riverside Health Partnership');
await q.getByRole('button', { name: 'New review' }).click();
await q.getByLabel('Review title').waitFor();
await q.locator('.save-status [role="status"]').getByText('Saved').waitFor();
const id2 = q.url().split('#/review/')[1].split('/')[0];
await q.evaluate(({ id, respondents, hands }) => new Promise((res, rej) => {
  const o = indexedDB.open('partnership-review');
  o.onsuccess = () => { const tx = o.result.transaction('reviews', 'readwrite'); const s = tx.objectStore('reviews'); const g = s.get(id); g.onsuccess = () => s.put({ ...g.result, respondents, hands }); tx.oncomplete = () => { o.result.close(); res(); }; tx.onerror = () => rej(tx.error); };
}), { id: id2, respondents, hands });
await q.reload();
await q.getByLabel('Review title').waitFor();
await q.getByRole('button', { name: '1.3 No agreement reached' }).click();
await q.evaluate(() => document.querySelector('tbody[data-benchmark="1.1"]').scrollIntoView());
await q.screenshot({ path: '/tmp/shots-agree/grid-zoom200-a.png' });
await q.evaluate(() => document.querySelector('tbody[data-benchmark="1.2"]').scrollIntoView());
await q.screenshot({ path: '/tmp/shots-agree/grid-zoom200-b.png' });
await b.close();
console.log('done');
