import { REVIEW_DEFAULTS } from '@shared/model/defaults.ts';
import { currentInstrument } from '@shared/instrument/catalogue.ts';
import type { LibrarySnapshot, ReviewBundle } from '@shared/files/bundle.ts';
import type { Partnership, Review } from '@shared/model/review.ts';

/**
 * Deterministic data for the benchmark, pure so that both Node and the bench page in Chromium can build it: a fully
 * filled review (every benchmark rated and actioned, every factor marked, every text used) and a library of many.
 */

function uuid(n: number, kind: number): string {
  const hex = n.toString(16).padStart(12, '0');
  return `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${hex}`;
}

const LEVELS = currentInstrument.ratingLevels.map((l) => l.id);
const STATUSES = ['open', 'in-progress', 'done', 'dropped'] as const;

export function partnershipAt(p: number): Partnership {
  return {
    id: uuid(p, 1),
    name: `Partnership ${p + 1}: Northshire Health & Care Alliance`,
    partners: ['Northshire Council', 'NHS Northshire', 'Voluntary Action Northshire'],
    notes: 'Set up in 2019 to join up discharge from hospital. Meets monthly.',
    reviewIntervalMonths: 12,
    createdAt: '2024-01-10T09:00:00.000Z',
    updatedAt: '2024-01-10T09:00:00.000Z',
  };
}

export function reviewAt(p: number, r: number, reviewsPerPartnership: number): Review {
  const answers: Review['answers'] = {};
  const factors: Review['factors'] = {};
  currentInstrument.sections.forEach((section, s) => {
    section.benchmarks.forEach((b, i) => {
      answers[b.id] = {
        rating: LEVELS[(p + r + s + i) % LEVELS.length]!,
        noAgreement: false,
        agreedWhy: '',
        actionNeeded: `Agree who leads on ${b.number} and report progress to the board each quarter.`,
        byWhom: 'Partnership manager',
        dueDate: `2025-${String(1 + ((r + i) % 12)).padStart(2, '0')}-15`,
        notes: `Discussed at the workshop; views differed between partners on ${b.number}.`,
        actionStatus: STATUSES[(r + i) % STATUSES.length]!,
        carriedFrom: null,
      };
    });
    factors[section.id] = {
      marks: Object.fromEntries(section.factors.map((f, i) => [f.id, (i + r) % 2 === 0 ? 'tick' : 'cross'])),
      notes: `The typical factors for ${section.title} were gone through one by one.`,
    };
  });
  const year = 2020 + Math.floor((r * 12) / Math.max(1, reviewsPerPartnership));
  const date = `${year}-${String(1 + (r % 12)).padStart(2, '0')}-${String(1 + (p % 28)).padStart(2, '0')}`;
  return {
    id: uuid(p * reviewsPerPartnership + r, 2),
    partnershipId: uuid(p, 1),
    title: `Review ${r + 1}`,
    date,
    facilitator: 'A. Consultant',
    participants: ['Jo Bloggs', 'Sam Smith', 'Priya Patel', 'Tom Jones'],
    status: r % 2 === 0 ? 'final' : 'draft',
    instrument: { id: currentInstrument.id, version: currentInstrument.version },
    answers,
    factors,
    ...structuredClone(REVIEW_DEFAULTS),
    createdAt: `${date}T09:00:00.000Z`,
    updatedAt: `${date}T16:00:00.000Z`,
  };
}

export function fullBundle(): ReviewBundle {
  return { partnership: partnershipAt(0), review: reviewAt(0, 0, 1) };
}

export function librarySnapshot(partnerships: number, reviewsPerPartnership: number): LibrarySnapshot {
  const ps: Partnership[] = [];
  const rs: Review[] = [];
  for (let p = 0; p < partnerships; p += 1) {
    ps.push(partnershipAt(p));
    for (let r = 0; r < reviewsPerPartnership; r += 1) rs.push(reviewAt(p, r, reviewsPerPartnership));
  }
  return { partnerships: ps, reviews: rs };
}
