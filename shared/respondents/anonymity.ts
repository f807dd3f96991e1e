import type { Review } from '../model/review.ts';
import type { Respondent } from '../model/respondent.ts';

/**
 * How respondents are named and grouped wherever they appear — on screen, in every export and every file — so the
 * anonymous switch and the minimum group size are honoured in one place. With the switch on, a respondent is
 * "Respondent n" (their place in the review's list, from 1) and their name and role never leave this function;
 * their organisation is kept, because grouping by organisation is the point, but a group smaller than the review's
 * minimum group size is shown only as "fewer than N responses".
 */
type Respondents = Pick<Review, 'anonymous' | 'respondents' | 'minGroupSize'>;

export const numberedRespondent = (n: number): string => `Respondent ${n}`;
export const fewerThan = (minimum: number): string => `fewer than ${minimum} responses`;

/** The name to show for the respondent at `index`: "Respondent n" when anonymous or when they gave no name. */
export function respondentLabel(review: Pick<Review, 'anonymous' | 'respondents'>, index: number): string {
  const respondent = review.respondents[index];
  const name = respondent?.name.trim() ?? '';
  return review.anonymous || name === '' ? numberedRespondent(index + 1) : name;
}

/** The review as it may leave the app: anonymous reviews lose every respondent's name and role. */
export function forSharing<T extends Respondents>(review: T): T {
  if (!review.anonymous) return review;
  return {
    ...review,
    respondents: review.respondents.map((r, i): Respondent => ({ ...r, name: numberedRespondent(i + 1), role: '' })),
  };
}

export interface OrganisationGroup {
  /** As the respondents wrote it, trimmed; '' for respondents who gave none. */
  organisation: string;
  /** Indexes into the review's respondents, in order. */
  members: number[];
  /** Fewer members than the minimum group size: show `fewerThan(minGroupSize)` instead of any breakdown. */
  hidden: boolean;
}

/** Respondents grouped by organisation (case and spacing ignored), groups in order of first appearance. */
export function organisationGroups(review: Respondents): OrganisationGroup[] {
  const groups = new Map<string, OrganisationGroup>();
  review.respondents.forEach((r, i) => {
    const organisation = r.organisation.trim();
    const key = organisation.toLocaleLowerCase('en-GB').replace(/\s+/g, ' ');
    const group = groups.get(key) ?? { organisation, members: [], hidden: false };
    group.members.push(i);
    groups.set(key, group);
  });
  return [...groups.values()].map((g) => ({ ...g, hidden: g.members.length < review.minGroupSize }));
}
