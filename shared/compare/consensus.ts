import type { Review } from '../model/review.ts';
import { meanConsensus, spreadOf } from '../respondents/spread.ts';
import type { ChangeKind } from './change.ts';
import { formsOf, sortByDate, unionOutline, type CompareOptions } from './outline.ts';

/**
 * How far the respondents agreed, section by section, over the reviews compared: the mean Tastle–Wierman consensus of
 * the section's benchmarks (respondents/spread.ts). A review without respondents, or whose respondents rated nothing
 * in the section, has no consensus (null) — never 0, which would claim an even split between the extremes.
 */
export interface ConsensusPoint {
  /** 0–1, or null when there is nothing to agree on. */
  consensus: number | null;
  /** The review's respondents, rated or not. */
  respondents: number;
}

export interface SectionConsensus {
  sectionId: string;
  number: number;
  title: string;
  /** One per review in date order; null where that review's form has no such section or is unknown to this app. */
  points: (ConsensusPoint | null)[];
}

export interface ConsensusTrends {
  sections: SectionConsensus[];
  overall: (ConsensusPoint | null)[];
}

/** Written where a review has no consensus. */
export const NO_CONSENSUS = '—';

/** A consensus as people read it: a whole percentage, or "—". */
export function consensusText(consensus: number | null): string {
  return consensus === null ? NO_CONSENSUS : `${Math.round(consensus * 100)}%`;
}

export function consensusTrends(reviews: readonly Review[], options: CompareOptions = {}): ConsensusTrends {
  const forms = formsOf(sortByDate(reviews), options);
  const spreads = forms.map(({ review, instrument }) =>
    instrument
      ? new Map(
          instrument.sections.map((section) => [
            section.id,
            section.benchmarks.map((b) => spreadOf(review.respondents.map((r) => r.ratings[b.id]))),
          ]),
        )
      : null,
  );
  const point = (i: number, sectionIds: readonly string[]): ConsensusPoint | null => {
    const bySection = spreads[i];
    if (!bySection || !sectionIds.every((id) => bySection.has(id))) return null;
    return {
      consensus: meanConsensus(sectionIds.flatMap((id) => bySection.get(id)!)),
      respondents: forms[i]!.review.respondents.length,
    };
  };
  return {
    sections: unionOutline(forms).map((section) => ({
      sectionId: section.id,
      number: section.number,
      title: section.title,
      points: forms.map((_, i) => point(i, [section.id])),
    })),
    overall: forms.map((f, i) => point(i, f.instrument ? f.instrument.sections.map((s) => s.id) : [])),
  };
}

/**
 * How the consensus moved since the previous review, compared as whole percentages (as shown), so a change too small
 * to see is "same". A consensus that appeared is "new", one that went is "gone".
 */
export function consensusChange(previous: number | null | undefined, current: number | null | undefined): ChangeKind {
  const p = previous === null || previous === undefined ? null : Math.round(previous * 100);
  const c = current === null || current === undefined ? null : Math.round(current * 100);
  if (p === null) return c === null ? 'none' : 'new';
  if (c === null) return 'gone';
  return c > p ? 'up' : c < p ? 'down' : 'same';
}
