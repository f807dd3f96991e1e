import { localDayOf } from '../clock.ts';
import { displayDate } from '../dates.ts';
import { UNTITLED_PARTNERSHIP } from '../vocabulary/names.ts';
import type { Instrument } from '../instrument/schema.ts';
import type { Partnership, Review } from './review.ts';
import { PARTNERSHIP_DEFAULTS, REVIEW_DEFAULTS } from './defaults.ts';

/**
 * Ids and clocks come from the caller so that shared/ stays pure and tests stay deterministic. `now` is an instant
 * (ISO, UTC); a review's date, when not given, is that instant's local calendar day, never UTC's (see shared/clock.ts).
 */
export interface Origin {
  id: string;
  now: string;
}

export function newPartnership(origin: Origin, fields: Partial<Pick<Partnership, 'name' | 'partners' | 'notes'>> = {}): Partnership {
  return {
    id: origin.id,
    name: fields.name ?? UNTITLED_PARTNERSHIP,
    partners: fields.partners ?? [],
    notes: fields.notes ?? '',
    ...PARTNERSHIP_DEFAULTS,
    createdAt: origin.now,
    updatedAt: origin.now,
  };
}

/**
 * A new review's title until someone names it: the day it is held as a British reader writes it, e.g. "Review
 * 11 Mar 2026" (a file name still says the day in ISO, once: datedStem in dates.ts).
 */
export const reviewTitleOn = (day: string): string => `Review ${displayDate(day)}`;

export function newReview(
  origin: Origin,
  partnershipId: string,
  instrument: Instrument,
  fields: Partial<Pick<Review, 'title' | 'date' | 'facilitator' | 'participants'>> = {},
): Review {
  return {
    id: origin.id,
    partnershipId,
    title: fields.title ?? 'Review',
    date: fields.date ?? localDayOf(new Date(origin.now)),
    facilitator: fields.facilitator ?? '',
    participants: fields.participants ?? [],
    status: 'draft',
    instrument: { id: instrument.id, version: instrument.version },
    answers: {},
    factors: {},
    ...structuredClone(REVIEW_DEFAULTS),
    createdAt: origin.now,
    updatedAt: origin.now,
  };
}
