import type { Review } from '../model/review.ts';
import { formsOf, sortByDate, unionOutline, type CompareOptions } from './outline.ts';

/** `absent` means the review's form has no such factor, which is not the same as leaving it unanswered. */
export type FactorState = 'tick' | 'cross' | 'unanswered' | 'absent';

/**
 * Between one review and the next: a factor `appeared` when it is ticked now and was not ticked before (crossed or
 * left blank); it is `resolved` only when a tick became an explicit cross — a blank later on is an unfinished
 * checklist, not evidence the problem went away; `still` is ticked in both.
 */
export type FactorChange = 'appeared' | 'resolved' | 'still' | null;

export interface FactorRow {
  factorId: string;
  text: string;
  /** One per review in date order. */
  states: FactorState[];
  /** Change from the previous review; the first is always null. */
  changes: FactorChange[];
}

export interface FactorSection {
  sectionId: string;
  number: number;
  title: string;
  factors: FactorRow[];
}

export interface FactorRef {
  sectionId: string;
  factorId: string;
  text: string;
}

export interface FactorTransition {
  fromReviewId: string;
  toReviewId: string;
  appeared: FactorRef[];
  resolved: FactorRef[];
}

export interface FactorsOverTime {
  columns: { reviewId: string; title: string; date: string }[];
  sections: FactorSection[];
  /** One per pair of consecutive reviews. */
  transitions: FactorTransition[];
}

function changeOf(previous: FactorState | undefined, current: FactorState): FactorChange {
  if (previous === undefined || previous === 'absent' || current === 'absent') return null;
  if (current === 'tick') return previous === 'tick' ? 'still' : 'appeared';
  return previous === 'tick' && current === 'cross' ? 'resolved' : null;
}

export function factorsOverTime(reviews: readonly Review[], options: CompareOptions = {}): FactorsOverTime {
  const forms = formsOf(sortByDate(reviews), options);
  const transitions: FactorTransition[] = forms.slice(1).map((f, i) => ({
    fromReviewId: forms[i]!.review.id,
    toReviewId: f.review.id,
    appeared: [],
    resolved: [],
  }));
  const sections = unionOutline(forms).map((section) => ({
    sectionId: section.id,
    number: section.number,
    title: section.title,
    factors: section.factors.map((factor) => {
      const states = forms.map((f): FactorState => {
        if (!f.factorIds.has(factor.id)) return 'absent';
        return f.review.factors[section.id]?.marks[factor.id] ?? 'unanswered';
      });
      const changes = states.map((s, i) => changeOf(states[i - 1], s));
      changes.forEach((c, i) => {
        const ref = { sectionId: section.id, factorId: factor.id, text: factor.text };
        if (c === 'appeared') transitions[i - 1]!.appeared.push(ref);
        if (c === 'resolved') transitions[i - 1]!.resolved.push(ref);
      });
      return { factorId: factor.id, text: factor.text, states, changes };
    }),
  }));
  return {
    columns: forms.map((f) => ({ reviewId: f.review.id, title: f.review.title, date: f.review.date })),
    sections,
    transitions,
  };
}
