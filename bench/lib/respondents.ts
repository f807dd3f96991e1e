import { currentInstrument } from '@shared/instrument/catalogue.ts';
import type { Respondent } from '@shared/model/respondent.ts';
import type { Review } from '@shared/model/review.ts';
import { reviewAt } from './fixtures.ts';

/**
 * A review with many respondents for the heat-map benchmark (issue 10): `count` respondents from six organisations
 * (ten each at 60), every benchmark rated by a deterministic spread of levels (some left blank), comments on a few.
 */
const ORGANISATIONS = [
  'Northshire Council',
  'NHS Northshire',
  'Voluntary Action Northshire',
  'Northshire Police',
  'Housing Trust',
  'University',
];
const LEVELS = currentInstrument.ratingLevels.map((l) => l.id);

export function reviewWithRespondents(count: number): Review {
  const review = reviewAt(0, 0, 1);
  const benchmarks = currentInstrument.sections.flatMap((s) => s.benchmarks);
  const respondents: Respondent[] = Array.from({ length: count }, (_, n) => {
    const ratings: Respondent['ratings'] = {};
    const comments: Respondent['comments'] = {};
    benchmarks.forEach((b, i) => {
      if ((n + i) % 17 === 0) return;
      ratings[b.id] = LEVELS[(n * 7 + i * 3 + (n % 3) * i) % LEVELS.length]!;
      if ((n + i) % 9 === 0) comments[b.id] = `Respondent ${n + 1} on ${b.number}: it depends who you ask.`;
    });
    return {
      id: `00000003-0000-4000-8000-${n.toString(16).padStart(12, '0')}`,
      name: `Person ${n + 1}`,
      organisation: ORGANISATIONS[n % ORGANISATIONS.length]!,
      role: 'Board member',
      source: n % 2 === 0 ? 'response-form' : 'by-hand',
      formId: null,
      fingerprint: null,
      ratings,
      comments,
      factors: {},
      receivedAt: '2026-11-30T10:00:00.000Z',
    };
  });
  return { ...review, respondents, anonymous: true };
}
