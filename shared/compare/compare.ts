import type { RatingLevelId } from '../instrument/schema.ts';
import type { ActionStatus, InstrumentRef, Review } from '../model/review.ts';
import { changeBetween, emptyChangeCounts, isChange, type ChangeKind } from './change.ts';
import { formsOf, sortByDate, unionOutline, type CompareOptions } from './outline.ts';

export interface ComparisonColumn {
  reviewId: string;
  title: string;
  date: string;
  instrument: InstrumentRef;
  /** False when this app does not know the review's instrument version: only its own answers can be shown. */
  instrumentKnown: boolean;
  /** How many benchmarks changed in each way since the previous column. */
  changes: Record<ChangeKind, number>;
}

export interface ComparisonCell {
  /** False when the benchmark is not part of the form this review was made with. */
  inForm: boolean;
  rating: RatingLevelId | null;
  change: ChangeKind;
  actionNeeded: string;
  byWhom: string;
  dueDate: string | null;
  actionStatus: ActionStatus;
}

export interface ComparisonRow {
  benchmarkId: string;
  number: string;
  statement: string;
  sectionId: string;
  /** One per column, in column order. */
  cells: ComparisonCell[];
  /** True when every review's form has this benchmark; otherwise it is compared only where the forms share it. */
  inAllForms: boolean;
  changed: boolean;
  declined: boolean;
}

export interface ComparisonSection {
  sectionId: string;
  number: number;
  title: string;
  rows: ComparisonRow[];
}

export interface PartialBenchmark {
  benchmarkId: string;
  number: string;
  statement: string;
  /** Ids of the reviews whose form has the benchmark, in column order. */
  presentIn: string[];
  missingFrom: string[];
}

export interface Comparison {
  columns: ComparisonColumn[];
  sections: ComparisonSection[];
  /** Benchmarks that only some of the reviews' instrument versions have; empty when all share one form. */
  partial: PartialBenchmark[];
}

export type ComparisonFilter = 'all' | 'changed' | 'declined';

/**
 * Lays reviews side by side in date order and, for every benchmark, says how its rating moved from the previous
 * column. One pass over reviews × benchmarks, so thirty reviews of a partnership compare at once.
 */
export function compareReviews(reviews: readonly Review[], options: CompareOptions = {}): Comparison {
  const forms = formsOf(sortByDate(reviews), options);
  const columns: ComparisonColumn[] = forms.map((f) => ({
    reviewId: f.review.id,
    title: f.review.title,
    date: f.review.date,
    instrument: f.review.instrument,
    instrumentKnown: f.instrument !== undefined,
    changes: emptyChangeCounts(),
  }));
  const partial: PartialBenchmark[] = [];
  const sections: ComparisonSection[] = unionOutline(forms).map((section) => ({
    sectionId: section.id,
    number: section.number,
    title: section.title,
    rows: section.benchmarks.map((b) => {
      const cells: ComparisonCell[] = [];
      forms.forEach((form, i) => {
        const inForm = form.benchmarkIds.has(b.id);
        const answer = inForm ? form.review.answers[b.id] : undefined;
        const rating = answer?.rating ?? null;
        const before = cells[i - 1];
        // Versions are compared only on what both forms ask, so a benchmark new to the form is not "newly rated".
        const change = before?.inForm && inForm ? changeBetween(before.rating, rating) : 'none';
        columns[i]!.changes[change] += 1;
        cells.push({
          inForm,
          rating,
          change,
          actionNeeded: answer?.actionNeeded ?? '',
          byWhom: answer?.byWhom ?? '',
          dueDate: answer?.dueDate ?? null,
          actionStatus: answer?.actionStatus ?? 'open',
        });
      });
      const inAllForms = cells.every((c) => c.inForm);
      if (!inAllForms) {
        partial.push({
          benchmarkId: b.id,
          number: b.number,
          statement: b.statement,
          presentIn: columns.filter((_, i) => cells[i]!.inForm).map((c) => c.reviewId),
          missingFrom: columns.filter((_, i) => !cells[i]!.inForm).map((c) => c.reviewId),
        });
      }
      return {
        benchmarkId: b.id,
        number: b.number,
        statement: b.statement,
        sectionId: section.id,
        cells,
        inAllForms,
        changed: cells.some((c) => isChange(c.change)),
        declined: cells.some((c) => c.change === 'down'),
      };
    }),
  }));
  return { columns, sections, partial };
}

/** "Only changed" and "only declined"; sections left with no rows are dropped so the view does not show empty headings. */
export function filterComparison(comparison: Comparison, filter: ComparisonFilter): ComparisonSection[] {
  if (filter === 'all') return comparison.sections;
  const keep = (row: ComparisonRow) => (filter === 'changed' ? row.changed : row.declined);
  return comparison.sections.map((s) => ({ ...s, rows: s.rows.filter(keep) })).filter((s) => s.rows.length > 0);
}
