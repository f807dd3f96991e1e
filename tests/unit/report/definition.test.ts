import type { Content } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { reportDefinition, DRAFT_WATERMARK } from '@shared/report/index.ts';
import { NOTHING_RATED } from '@shared/report/parts/glance.ts';
import { NO_ACTION, NO_OWNER, NO_PRIORITIES } from '@shared/report/parts/priorities.ts';
import { actionFor, earlierReview, emptyReview, fullReview, input, instrument } from './fixtures.ts';

/** Every string in a content tree, in reading order: what a reader of the PDF would see, minus layout. */
function texts(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(texts);
  if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    return ['text', 'stack', 'columns', 'ul', 'table'].flatMap((k) =>
      k === 'table' ? texts((o.table as { body?: unknown } | undefined)?.body) : texts(o[k]),
    );
  }
  return [];
}
const joined = (c: Content) => texts(c).join('\n');
const h1s = (content: Content) =>
  (content as Content[])
    .filter((c): c is { text: string; style: string } => typeof c === 'object' && 'style' in c && c.style === 'h1')
    .map((c) => c.text);

describe('the report definition', () => {
  it('is A4 portrait with the contents in the issue’s order', () => {
    const def = reportDefinition(input(fullReview(), [earlierReview()]));
    expect(def.pageSize).toBe('A4');
    expect(def.pageOrientation).toBe('portrait');
    expect(h1s(def.content)).toEqual([
      'At a glance',
      'Priorities and action plan',
      ...instrument.sections.map((s) => `${s.number} ${s.title}`),
      'Change since the earlier review',
    ]);
    const all = joined(def.content);
    expect(all.indexOf('Partner organisations')).toBeLessThan(all.indexOf('At a glance'));
    expect(all.lastIndexOf('How to read this report')).toBeGreaterThan(all.indexOf('Change since the earlier review'));
  });

  it('holds every benchmark statement, action and owner', () => {
    const all = joined(reportDefinition(input(fullReview())).content);
    for (const s of instrument.sections)
      for (const b of s.benchmarks) {
        expect(all).toContain(b.statement);
        expect(all).toContain(actionFor(b.number));
      }
  });

  it('lists priorities in the Summary’s order and flags one without an action or owner', () => {
    const review = fullReview();
    const first = instrument.sections[0]!.benchmarks[0]!;
    review.answers[first.id] = { ...review.answers[first.id]!, actionNeeded: ' ', byWhom: '' };
    const def = reportDefinition(input(review));
    const part = (def.content as Content[]).find((c) => joined(c).startsWith('Priorities and action plan'));
    const priorities = joined(
      (def.content as Content[]).slice((def.content as Content[]).indexOf(part!), (def.content as Content[]).indexOf(part!) + 2),
    );
    expect(priorities).toContain(NO_ACTION);
    expect(priorities).toContain(NO_OWNER);
    // "NO - action is needed" (1.1 is one) before "NO - but action is in hand" (1.2 is one): the fixture rates in turn.
    expect(priorities.indexOf('Partner objectives')).toBeLessThan(priorities.indexOf(instrument.sections[0]!.benchmarks[1]!.statement));
  });

  it('watermarks a draft and only a draft', () => {
    expect(reportDefinition(input(fullReview({ status: 'draft' }))).watermark).toMatchObject({ text: DRAFT_WATERMARK });
    expect(reportDefinition(input(fullReview())).watermark).toBeUndefined();
  });

  it('numbers pages and names the partnership and review in the footer', () => {
    const footer = reportDefinition(input(fullReview())).footer as (page: number, count: number, size: unknown) => Content;
    expect(joined(footer(2, 9, {}))).toBe('Northshire Health & Care – Zoë’s Alliance · Autumn review · 1 Dec 2026\nPage 2 of 9');
  });

  it('says so when nothing is rated, and has no change section without an earlier review', () => {
    const def = reportDefinition(input(emptyReview()));
    const all = joined(def.content);
    expect(all).toContain(NOTHING_RATED);
    expect(all).toContain(NO_PRIORITIES);
    expect(h1s(def.content)).not.toContain('Change since the earlier review');
  });

  it('draws arrows from the earlier review and the index trend over both', () => {
    const all = joined(reportDefinition(input(fullReview(), [earlierReview()])).content);
    expect(all).toContain('20 Nov 2025');
    expect(all).toMatch(/↑/);
  });

  it('writes decomposed accents as composed letters (NFC), for the font keeps no accent-placing tables', () => {
    const decomposed = 'Zoe\u0308 Sia\u0302n Rene\u0301e'; // e + combining diaeresis, a + circumflex, e + acute
    const first = instrument.sections[0]!.benchmarks[0]!;
    const review = fullReview({ facilitator: decomposed });
    review.answers[first.id] = { ...review.answers[first.id]!, notes: decomposed };
    const def = reportDefinition(input(review));
    const all = joined(def.content);
    expect(all).not.toMatch(/[\u0300-\u036f]/);
    // On the cover (facilitator) and in the section (notes).
    expect(all.split('Zo\u00eb Si\u00e2n Ren\u00e9e')).toHaveLength(3);
  });
});
