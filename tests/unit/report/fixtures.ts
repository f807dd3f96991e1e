import { inflateSync } from 'node:zlib';
import { REVIEW_DEFAULTS } from '@shared/model/defaults.ts';
import { currentInstrument as instrument } from '@shared/instrument/catalogue.ts';
import { emptyAnswer, type Partnership, type Review } from '@shared/model/review.ts';
import type { ReportInput } from '@shared/report/index.ts';
import { readReportFonts } from '../../../electron/cli/report-fonts.ts';

export { instrument };

/** The font the app embeds, read as the command line reads it. */
export const nodeFonts = () => readReportFonts(import.meta.filename);

const PARTNERSHIP_ID = '0b9a3f4e-5a51-4c5e-9d53-7a1d1f1c2b01';
const LEVELS = instrument.ratingLevels.map((l) => l.id);

export const partnership: Partnership = {
  id: PARTNERSHIP_ID,
  name: 'Northshire Health & Care – Zoë’s Alliance',
  partners: ['Northshire Council', 'NHS Northshire', 'Café Société Trust'],
  notes: '',
  reviewIntervalMonths: 12,
  createdAt: '2025-01-10T09:00:00.000Z',
  updatedAt: '2025-03-01T12:30:00.000Z',
};

/** Action text unique to each benchmark, so a test can find every one in the PDF's text. */
export const actionFor = (number: string) => `Agree the lead for ${number} and report to the board…`;

/** Every benchmark rated (the four levels in turn), actioned and noted; factors alternately ticked and crossed. */
export function fullReview(overrides: Partial<Review> = {}): Review {
  const answers: Review['answers'] = {};
  const factors: Review['factors'] = {};
  instrument.sections.forEach((section, s) => {
    section.benchmarks.forEach((b, i) => {
      answers[b.id] = {
        ...emptyAnswer(),
        rating: LEVELS[(s + i) % LEVELS.length]!,
        noAgreement: false,
        agreedWhy: '',
        actionNeeded: actionFor(b.number),
        byWhom: `Owner ${b.number}`,
        dueDate: '2026-12-01',
        notes: `Noted at the workshop for ${b.number}.`,
      };
    });
    factors[section.id] = { marks: Object.fromEntries(section.factors.map((f, i) => [f.id, i % 2 === 0 ? 'tick' : 'cross'])), notes: '' };
  });
  return {
    id: '7c0e1a52-3d2b-4f7a-8b9e-1f2a3b4c5d6e',
    partnershipId: PARTNERSHIP_ID,
    title: 'Autumn review',
    date: '2026-12-01',
    facilitator: 'Renée Consultant',
    participants: ['Jo Bloggs', 'Siân Evans', 'Łukasz Nowak'],
    status: 'final',
    instrument: { id: instrument.id, version: instrument.version },
    answers,
    factors,
    ...structuredClone(REVIEW_DEFAULTS),
    createdAt: '2026-12-01T09:00:00.000Z',
    updatedAt: '2026-12-01T16:00:00.000Z',
    ...overrides,
  };
}

/** The same partnership a year earlier, everything one level lower where it could be. */
export function earlierReview(): Review {
  const later = fullReview();
  const answers = Object.fromEntries(
    Object.entries(later.answers).map(([id, a]) => [id, { ...a, rating: LEVELS[Math.max(0, LEVELS.indexOf(a.rating!) - 1)]! }]),
  );
  return {
    ...later,
    id: '1c0e1a52-3d2b-4f7a-8b9e-1f2a3b4c5d6e',
    title: 'Autumn review',
    date: '2025-11-20',
    answers,
    createdAt: '2025-11-20T09:00:00.000Z',
    updatedAt: '2025-11-20T09:00:00.000Z',
  };
}

export function emptyReview(): Review {
  return fullReview({ answers: {}, factors: {}, status: 'draft', title: 'First workshop' });
}

export const input = (review: Review, earlier: Review[] = []): ReportInput => ({ partnership, review, instrument, earlier });

/** A full review whose first benchmark has the given action and notes (long text, line breaks, unbroken strings). */
export function withFirstAnswer(actionNeeded: string, notes: string): Review {
  const review = fullReview();
  const first = instrument.sections[0]!.benchmarks[0]!;
  review.answers[first.id] = { ...review.answers[first.id]!, actionNeeded, notes };
  return review;
}

/**
 * A report made without one of the report's speed-ups (its `enabled` switch: prewrap, textRuns) and then with it,
 * the switch left on whatever happens: the speed-up's tests compare the two.
 */
export async function withoutAndWith<T>(speedUp: { enabled: boolean }, make: () => Promise<T>): Promise<[T, T]> {
  speedUp.enabled = false;
  let without: T;
  try {
    without = await make();
  } finally {
    speedUp.enabled = true;
  }
  return [without, await make()];
}

/** How many lines of the PDF's content streams (inflated here with zlib) match `operator`, e.g. /^BT$/gm. */
export function contentLines(pdf: Uint8Array, operator: RegExp): number {
  const raw = Buffer.from(pdf);
  let count = 0;
  for (let at = raw.indexOf('stream\n'); at !== -1; at = raw.indexOf('stream\n', at + 1)) {
    const end = raw.indexOf('\nendstream', at);
    if (end === -1 || raw.subarray(Math.max(0, at - 3), at).toString('latin1') === 'end') continue;
    try {
      count += (
        inflateSync(raw.subarray(at + 7, end))
          .toString('latin1')
          .match(operator) ?? []
      ).length;
    } catch {
      // not a deflated stream
    }
  }
  return count;
}
