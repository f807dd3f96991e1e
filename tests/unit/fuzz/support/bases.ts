import fc from 'fast-check';
import { exportReviewWorkbook, exportTemplateWorkbook } from '@shared/excel/index.ts';
import type { LibrarySnapshot, ReviewBundle } from '@shared/files/bundle.ts';
import { currentInstrument } from '@shared/instrument/catalogue.ts';
import { bundleArbitrary } from '../../excel/arbitraries.ts';
import { sampleBundle } from '../../excel/sample.ts';

/**
 * The real files the fuzzer starts from: workbooks and JSON written by the app's own exporters, so that mutations
 * land on the structure an attacker or a damaged disk would actually meet.
 */

export const NOW = '2026-01-15T10:00:00.000Z';

/** Every benchmark rated, every factor marked, every text field used: the largest honest review. */
export function fullBundle(): ReviewBundle {
  const base = sampleBundle();
  const levels = currentInstrument.ratingLevels.map((l) => l.id);
  const answers: ReviewBundle['review']['answers'] = {};
  const factors: ReviewBundle['review']['factors'] = {};
  currentInstrument.sections.forEach((section, s) => {
    section.benchmarks.forEach((b, i) => {
      answers[b.id] = {
        rating: levels[(s + i) % levels.length]!,
        noAgreement: false,
        agreedWhy: '',
        actionNeeded: `Agree who leads on ${b.number}; report back at the next board.`,
        byWhom: 'Partnership manager',
        dueDate: `2026-0${1 + ((s + i) % 9)}-15`,
        notes: `Discussed at length: ${b.statement.slice(0, 60)}`,
        actionStatus: (['open', 'in-progress', 'done', 'dropped'] as const)[i % 4]!,
        carriedFrom: null,
      };
    });
    factors[section.id] = {
      marks: Object.fromEntries(section.factors.map((f, i) => [f.id, i % 2 === 0 ? 'tick' : 'cross'])),
      notes: `Factors for ${section.title} reviewed.`,
    };
  });
  return { partnership: base.partnership, review: { ...base.review, answers, factors } };
}

/** A few arbitrary reviews, drawn once with a fixed seed so the bases are the same on every run. */
export function drawnBundles(count: number, seed = 7): ReviewBundle[] {
  return fc.sample(bundleArbitrary, { numRuns: count, seed });
}

/** A valid backup: the full review is the sample's partnership reviewed again, so it gets an id of its own. */
export function librarySnapshot(): LibrarySnapshot {
  const full = fullBundle();
  full.review = { ...full.review, id: '7c0e1a52-3d2b-4f7a-8b9e-000000000002' };
  const bundles = [sampleBundle(), full, ...drawnBundles(3)];
  const partnerships = new Map(bundles.map((b) => [b.partnership.id, b.partnership]));
  return { partnerships: [...partnerships.values()], reviews: bundles.map((b) => b.review) };
}

export interface BaseWorkbook {
  name: string;
  bytes: Uint8Array;
}

let workbooks: Promise<BaseWorkbook[]> | undefined;

/** The sample review, the fully filled review, the blank template and one arbitrary review, exported once. */
export function baseWorkbooks(): Promise<BaseWorkbook[]> {
  workbooks ??= (async () => [
    { name: 'sample review', bytes: await exportReviewWorkbook(sampleBundle()) },
    { name: 'full review', bytes: await exportReviewWorkbook(fullBundle()) },
    { name: 'blank template', bytes: await exportTemplateWorkbook() },
    { name: 'drawn review', bytes: await exportReviewWorkbook(drawnBundles(1, 11)[0]!) },
  ])();
  return workbooks;
}
