import type { Review } from '@shared/model/review.ts';
import type { Respondent } from '@shared/model/respondent.ts';
import type { CollectDecision } from '@shared/respondents/collect.ts';
import { respondentLabel } from '@shared/respondents/anonymity.ts';

/** The badge of each decision: a word, so the outcome never rests on colour alone. */
export const DECISION_BADGES: Record<CollectDecision['kind'], string> = {
  add: 'New respondent',
  'already-in': 'Already in',
  changed: 'Changed',
  'other-review': 'Another review',
  refused: 'Refused',
};

/**
 * Who each decision is about, named as the review names its respondents (shared/respondents/anonymity.ts): an
 * anonymous review shows "Respondent n" here too, counting new respondents on from the ones it holds.
 */
export function decisionNames(review: Pick<Review, 'anonymous' | 'respondents'>, decisions: readonly CollectDecision[]): string[] {
  const incoming: Respondent[] = [];
  const landing = decisions.map((d) => {
    if (d.kind !== 'add' && d.kind !== 'other-review') return -1;
    incoming.push(d.respondent);
    return review.respondents.length + incoming.length - 1;
  });
  const all = { anonymous: review.anonymous, respondents: [...review.respondents, ...incoming] };
  const withOrganisation = (index: number) => {
    const label = respondentLabel(all, index);
    const organisation = all.respondents[index]?.organisation.trim() ?? '';
    return organisation && organisation !== label ? `${label}, ${organisation}` : label;
  };
  return decisions.map((d, i) => {
    if (d.kind === 'add' || d.kind === 'other-review') return withOrganisation(landing[i]!);
    if ((d.kind === 'already-in' || d.kind === 'changed') && d.index >= 0 && d.index < all.respondents.length)
      return withOrganisation(d.index);
    return '';
  });
}
