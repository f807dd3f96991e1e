import type { Instrument } from '@shared/instrument/schema.ts';
import type { Respondent } from '@shared/model/respondent.ts';

/** A paper form about to be typed in: nothing on it yet, entered by hand. */
export function handEntered(id: string, now: string): Respondent {
  return {
    id,
    name: '',
    organisation: '',
    role: '',
    source: 'by-hand',
    formId: null,
    fingerprint: null,
    ratings: {},
    comments: {},
    factors: {},
    receivedAt: now,
  };
}

/** Nothing typed at all: such a form is not kept when the person leaves it. */
export function isBlank(r: Respondent): boolean {
  return (
    [r.name, r.organisation, r.role].every((t) => t.trim() === '') &&
    Object.keys(r.ratings).length === 0 &&
    Object.values(r.comments).every((c) => c.trim() === '') &&
    Object.values(r.factors).every((marks) => Object.keys(marks).length === 0)
  );
}

/** How many of the form's benchmarks this respondent rated. */
export function ratedCount(r: Respondent, instrument: Instrument): number {
  return instrument.sections.reduce((n, s) => n + s.benchmarks.filter((b) => r.ratings[b.id]).length, 0);
}

/** An organisation as shown in lists and the heat map; a respondent may have given none. */
export const organisationText = (organisation: string): string => organisation.trim() || 'No organisation given';
