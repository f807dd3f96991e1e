import type { Review } from '../model/review.ts';
import { scoreReview, type LevelCounts, type Score } from '../scoring.ts';
import { formsOf, sortByDate, unionOutline, type CompareOptions } from './outline.ts';

export interface TrendPoint {
  reviewId: string;
  index: number | null;
  counts: LevelCounts;
  rated: number;
  missing: number;
  total: number;
}

export interface SectionTrend {
  sectionId: string;
  number: number;
  title: string;
  /** One per review in date order; null where that review's form has no such section or is unknown to this app. */
  points: (TrendPoint | null)[];
}

export interface TrendColumn {
  reviewId: string;
  title: string;
  date: string;
}

export interface Trends {
  columns: TrendColumn[];
  sections: SectionTrend[];
  overall: (TrendPoint | null)[];
}

/** Each review is scored against its own instrument version by the app's one scoring rule (shared/scoring.ts). */
export function sectionTrends(reviews: readonly Review[], options: CompareOptions = {}): Trends {
  const forms = formsOf(sortByDate(reviews), options);
  const scores = forms.map((f) => (f.instrument ? scoreReview(f.review, f.instrument) : undefined));
  const point = (reviewId: string, s: Score): TrendPoint => ({
    reviewId,
    index: s.index,
    counts: s.counts,
    rated: s.rated,
    missing: s.missing,
    total: s.total,
  });
  return {
    columns: forms.map((f) => ({ reviewId: f.review.id, title: f.review.title, date: f.review.date })),
    sections: unionOutline(forms).map((section) => ({
      sectionId: section.id,
      number: section.number,
      title: section.title,
      points: forms.map((f, i) => {
        const s = scores[i]?.sections.find((x) => x.sectionId === section.id);
        return s ? point(f.review.id, s) : null;
      }),
    })),
    overall: forms.map((f, i) => {
      const s = scores[i];
      return s ? point(f.review.id, s.overall) : null;
    }),
  };
}
