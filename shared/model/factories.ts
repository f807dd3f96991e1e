import type { Instrument } from '../instrument/schema.ts';
import type { Partnership, Review } from './review.ts';

/** Ids and clocks come from the caller so that shared/ stays pure and tests stay deterministic. */
export interface Origin {
  id: string;
  now: string;
}

export function newPartnership(origin: Origin, fields: Partial<Pick<Partnership, 'name' | 'partners' | 'notes'>> = {}): Partnership {
  return {
    id: origin.id,
    name: fields.name ?? 'Untitled partnership',
    partners: fields.partners ?? [],
    notes: fields.notes ?? '',
    createdAt: origin.now,
    updatedAt: origin.now,
  };
}

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
    date: fields.date ?? origin.now.slice(0, 10),
    facilitator: fields.facilitator ?? '',
    participants: fields.participants ?? [],
    status: 'draft',
    instrument: { id: instrument.id, version: instrument.version },
    answers: {},
    factors: {},
    createdAt: origin.now,
    updatedAt: origin.now,
  };
}
