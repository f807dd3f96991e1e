import { REVIEW_DEFAULTS } from '@shared/model/defaults.ts';
import fc from 'fast-check';
import { currentInstrument } from '@shared/instrument/catalogue.ts';
import { ReviewBundleSchema, type ReviewBundle } from '@shared/files/bundle.ts';
import { ActionStatus, type BenchmarkAnswer, type SectionFactors } from '@shared/model/review.ts';

/**
 * Any review a person could make in the app. Text draws on the characters that trip spreadsheets up (= + - @ at the
 * start, quotes, ampersands, angle brackets, ticks, accents, emoji, spaces and newlines); control characters other
 * than newline are left out because no textarea produces them and XML cannot carry them.
 */
const chars = [...'aZ 9=+-@"\'&<>✓✗é€😀\n\t.,;:/\\|#%'];
const text = (max: number) => fc.string({ unit: fc.constantFrom(...chars), maxLength: max });
const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const isoDateTime = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const level = fc.constantFrom(...currentInstrument.ratingLevels.map((l) => l.id));

const answer: fc.Arbitrary<BenchmarkAnswer> = fc.record({
  rating: fc.option(level, { nil: null }),
  noAgreement: fc.constant(false),
  agreedWhy: fc.constant(''),
  actionNeeded: text(60),
  byWhom: text(20),
  dueDate: fc.option(isoDate, { nil: null }),
  notes: text(40),
  actionStatus: fc.constantFrom(...ActionStatus.options),
  carriedFrom: fc.option(fc.uuid({ version: 4 }), { nil: null }),
});

const benchmarkIds = currentInstrument.sections.flatMap((s) => s.benchmarks.map((b) => b.id));

function sectionFactors(sectionIndex: number): fc.Arbitrary<SectionFactors> {
  const ids = currentInstrument.sections[sectionIndex]!.factors.map((f) => f.id);
  return fc.record({
    marks: fc.dictionary(fc.constantFrom(...ids), fc.constantFrom('tick' as const, 'cross' as const), { maxKeys: ids.length }),
    notes: text(40),
  });
}

export const bundleArbitrary: fc.Arbitrary<ReviewBundle> = fc
  .record({
    partnershipId: fc.uuid({ version: 4 }),
    reviewId: fc.uuid({ version: 4 }),
    name: text(40).filter((s) => s.trim() !== ''),
    partners: fc.array(text(20), { maxLength: 4 }),
    pNotes: text(60),
    title: text(40),
    date: isoDate,
    facilitator: text(20),
    participants: fc.array(text(20), { maxLength: 5 }),
    status: fc.constantFrom('draft' as const, 'final' as const),
    answers: fc.dictionary(fc.constantFrom(...benchmarkIds), answer, { maxKeys: benchmarkIds.length }),
    factors: fc.tuple(...currentInstrument.sections.map((_, i) => fc.option(sectionFactors(i), { nil: undefined }))),
    times: fc.tuple(isoDateTime, isoDateTime, isoDateTime, isoDateTime),
  })
  .map((v) =>
    ReviewBundleSchema.parse({
      partnership: {
        id: v.partnershipId,
        name: v.name,
        partners: v.partners,
        notes: v.pNotes,
        createdAt: v.times[0],
        updatedAt: v.times[1],
      },
      review: {
        id: v.reviewId,
        partnershipId: v.partnershipId,
        title: v.title,
        date: v.date,
        facilitator: v.facilitator,
        participants: v.participants,
        status: v.status,
        instrument: { id: currentInstrument.id, version: currentInstrument.version },
        answers: v.answers,
        factors: Object.fromEntries(currentInstrument.sections.flatMap((s, i) => (v.factors[i] ? [[s.id, v.factors[i]] as const] : []))),
        ...structuredClone(REVIEW_DEFAULTS),
        createdAt: v.times[2],
        updatedAt: v.times[3],
      },
    }),
  );
