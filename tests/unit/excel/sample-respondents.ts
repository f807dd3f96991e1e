import { benchmarksOf, currentInstrument } from '@shared/instrument/catalogue.ts';
import type { RatingLevelId } from '@shared/instrument/schema.ts';
import type { ReviewBundle } from '@shared/files/bundle.ts';
import type { Respondent } from '@shared/model/respondent.ts';
import { sampleBundle } from './sample.ts';

/** The sample review after a workshop: eight respondents from three organisations (4, 3 and 1), a show of hands, a parked point. */
export const RESPONDENT_NAMES = ['Priya Shah', 'Tom Okafor', 'Ruth Evans', 'Dev Patel', 'Ann Lee', 'Carl Moss', 'Jo Kerr', 'Mia Dunn'];
export const RESPONDENT_ROLES = [
  'Chief executive',
  'Finance lead',
  'Head of adult care',
  'Data analyst',
  'Programme director',
  'Ward sister',
  'Volunteer coordinator',
  'Lay trustee',
];
const ORGANISATIONS = [
  'Northshire Council',
  'NHS Northshire',
  'Northshire Council',
  'Voluntary Action',
  'NHS Northshire',
  'Northshire Council',
  'NHS Northshire',
  'Northshire Council',
];
const LEVELS = currentInstrument.ratingLevels.map((l) => l.id);

export function respondentsBundle(anonymous = false): ReviewBundle {
  const bundle = sampleBundle();
  const benchmarks = benchmarksOf(currentInstrument).map(({ benchmark }) => benchmark.id);
  const respondents: Respondent[] = RESPONDENT_NAMES.map((name, i) => ({
    id: `aaaaaaaa-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
    name,
    organisation: ORGANISATIONS[i]!,
    role: RESPONDENT_ROLES[i]!,
    source: i % 2 === 0 ? 'response-form' : 'by-hand',
    formId: null,
    fingerprint: null,
    // A fixed pattern: benchmark 1.1 everyone says NO - action is needed; others spread; the last respondent skips every third.
    ratings: Object.fromEntries(
      benchmarks.flatMap((id, b): [string, RatingLevelId][] =>
        i === 7 && b % 3 === 0 ? [] : [[id, b === 0 ? LEVELS[0]! : LEVELS[(i * (b + 1) + b) % 4]!]],
      ),
    ),
    comments: i === 0 ? { [benchmarks[1]!]: 'We rarely talk about added value.' } : {},
    factors: (i === 1 ? { leadership: { 'leadership-f1': 'tick' } } : {}) as Respondent['factors'],
    receivedAt: '2025-03-10T12:00:00.000Z',
  }));
  bundle.review.respondents = respondents;
  bundle.review.anonymous = anonymous;
  bundle.review.minGroupSize = 3;
  bundle.review.hands = { [benchmarks[2]!]: { 'no-action-needed': 2, 'yes-working-well': 5 } };
  bundle.review.parkingLot = [
    {
      id: 'bbbbbbbb-0000-4000-8000-000000000001',
      text: 'Ask the board about shared budgets',
      owner: 'Chair',
      dueDate: '2025-05-01',
      status: 'open',
      benchmarkId: benchmarks[3]!,
      raisedAt: '2025-03-14T10:00:00.000Z',
    },
  ];
  const agreed = bundle.review.answers['leadership-added-value']!;
  bundle.review.answers['leadership-added-value'] = { ...agreed, agreedWhy: 'Most partners see the added value; finance do not yet.' };
  bundle.review.answers['trust-openness'] = {
    ...bundle.review.answers['trust-openness']!,
    agreedWhy: 'Data sharing is agreed in principle.',
  };
  bundle.review.answers['learning-periodic-review'] = { ...bundle.review.answers['learning-periodic-review']!, noAgreement: true };
  return bundle;
}
