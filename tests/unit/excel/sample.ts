import { REVIEW_DEFAULTS } from '@shared/model/defaults.ts';
import { currentInstrument } from '@shared/instrument/catalogue.ts';
import type { ReviewBundle } from '@shared/files/bundle.ts';
import { emptyAnswer } from '@shared/model/review.ts';

/** A review filled in the way a workshop fills it: most fields used, a few awkward values on purpose. */
export function sampleBundle(): ReviewBundle {
  const partnershipId = '0b9a3f4e-5a51-4c5e-9d53-7a1d1f1c2b01';
  return {
    partnership: {
      id: partnershipId,
      name: 'Northshire Health & Care',
      partners: ['Northshire Council', 'NHS Northshire', '=cmd|"/c calc"!A1'],
      notes: 'Set up in 2019.\nMeets monthly.',
      reviewIntervalMonths: 12,
      createdAt: '2025-01-10T09:00:00.000Z',
      updatedAt: '2025-03-01T12:30:00.000Z',
    },
    review: {
      id: '7c0e1a52-3d2b-4f7a-8b9e-1f2a3b4c5d6e',
      partnershipId,
      title: 'Spring review',
      date: '2025-03-14',
      facilitator: 'A. Consultant',
      participants: ['Jo Bloggs', '@mention', '+44 20 7946 0000'],
      status: 'final',
      instrument: { id: currentInstrument.id, version: currentInstrument.version },
      answers: {
        'leadership-common-vision': {
          ...emptyAnswer(),
          rating: 'no-action-needed',
          actionNeeded: '=HYPERLINK("http://x")',
          byWhom: 'Chair',
          dueDate: '2025-06-30',
        },
        'leadership-added-value': { ...emptyAnswer(), rating: 'yes-working-well', notes: '-2 points since last time' },
        'trust-openness': {
          ...emptyAnswer(),
          rating: 'no-action-in-hand',
          actionNeeded: 'Agree an information-sharing protocol',
          byWhom: 'Board',
          dueDate: '2025-09-01',
          actionStatus: 'in-progress',
          carriedFrom: '11111111-2222-4333-8444-555555555555',
        },
        'learning-periodic-review': emptyAnswer(),
        'managing-for-performance-roles-defined': { ...emptyAnswer(), actionStatus: 'done' },
      },
      factors: {
        leadership: { marks: { 'leadership-f1': 'tick', 'leadership-f2': 'cross' }, notes: 'Vision needs refreshing.' },
        trust: { marks: {}, notes: '' },
      },
      ...structuredClone(REVIEW_DEFAULTS),
      createdAt: '2025-03-14T09:00:00.000Z',
      updatedAt: '2025-03-14T16:45:10.123Z',
    },
  };
}

let counter = 0;
/** Deterministic uuids for imports: what the app would get from crypto.randomUUID(). */
export function idMaker(): () => string {
  return () => {
    counter += 1;
    return `00000000-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`;
  };
}

export const NOW = '2025-04-01T10:00:00.000Z';
