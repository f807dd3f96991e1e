import { REVIEW_DEFAULTS } from '@shared/model/defaults.ts';
import fc from 'fast-check';
import { currentInstrument } from '@shared/instrument/catalogue.ts';
import { ReviewBundleSchema, type ReviewBundle } from '@shared/files/bundle.ts';
import { ActionStatus, type BenchmarkAnswer, type SectionFactors } from '@shared/model/review.ts';
import { ResponseSource, type Respondent } from '@shared/model/respondent.ts';
import { MAX_HANDS, ParkedStatus, type HandCounts, type ParkedItem } from '@shared/model/workshop.ts';

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

const answer: fc.Arbitrary<BenchmarkAnswer> = fc
  .record({
    rating: fc.option(level, { nil: null }),
    noAgreement: fc.boolean(),
    agreedWhy: text(40),
    actionNeeded: text(60),
    byWhom: text(20),
    dueDate: fc.option(isoDate, { nil: null }),
    notes: text(40),
    actionStatus: fc.constantFrom(...ActionStatus.options),
    carriedFrom: fc.option(fc.uuid({ version: 4 }), { nil: null }),
  })
  // "No agreement reached" is never recorded beside an agreed rating.
  .map((a) => (a.rating === null ? a : { ...a, noAgreement: false }));

const benchmarkIds = currentInstrument.sections.flatMap((s) => s.benchmarks.map((b) => b.id));

function sectionFactors(sectionIndex: number): fc.Arbitrary<SectionFactors> {
  const ids = currentInstrument.sections[sectionIndex]!.factors.map((f) => f.id);
  return fc.record({
    marks: fc.dictionary(fc.constantFrom(...ids), fc.constantFrom('tick' as const, 'cross' as const), { maxKeys: ids.length }),
    notes: text(40),
  });
}

const sectionIds = currentInstrument.sections.map((s) => s.id);

const respondent: fc.Arbitrary<Respondent> = fc.record({
  id: fc.uuid({ version: 4 }),
  name: text(20),
  organisation: fc.oneof(fc.constantFrom('Northshire Council', 'NHS Northshire', 'Voluntary Action', ''), text(20)),
  role: text(20),
  source: fc.constantFrom(...ResponseSource.options),
  formId: fc.option(fc.uuid({ version: 4 }), { nil: null }),
  fingerprint: fc.option(fc.stringMatching(/^[0-9a-f]{16}$/), { nil: null }),
  ratings: fc.dictionary(fc.constantFrom(...benchmarkIds), level, { maxKeys: benchmarkIds.length }),
  comments: fc.dictionary(fc.constantFrom(...benchmarkIds), text(30), { maxKeys: 4 }),
  factors: fc.dictionary(
    fc.constantFrom(...sectionIds),
    fc.dictionary(fc.constantFrom('leadership-f1', 'trust-f1', 'learning-f1'), fc.constantFrom('tick' as const, 'cross' as const)),
    { maxKeys: 2 },
  ),
  receivedAt: isoDateTime,
});
// Factor ids must belong to their section (conformance.ts): keep only those that do.
const conforming = respondent.map((r) => ({
  ...r,
  factors: Object.fromEntries(
    Object.entries(r.factors).map(([sectionId, marks]) => [
      sectionId,
      Object.fromEntries(Object.entries(marks).filter(([id]) => id.startsWith(`${sectionId}-`))),
    ]),
  ),
}));

const hands: fc.Arbitrary<HandCounts> = fc.dictionary(level, fc.integer({ min: 0, max: MAX_HANDS }), { maxKeys: 4 });
const parked: fc.Arbitrary<ParkedItem> = fc.record({
  id: fc.uuid({ version: 4 }),
  text: text(40),
  owner: text(20),
  dueDate: fc.option(isoDate, { nil: null }),
  status: fc.constantFrom(...ParkedStatus.options),
  benchmarkId: fc.option(fc.constantFrom(...benchmarkIds), { nil: null }),
  raisedAt: isoDateTime,
});

const collected = fc.record({
  respondents: fc.uniqueArray(conforming, { maxLength: 5, selector: (r) => r.id }),
  anonymous: fc.boolean(),
  minGroupSize: fc.integer({ min: 1, max: 6 }),
  hands: fc.dictionary(fc.constantFrom(...benchmarkIds), hands, { maxKeys: 3 }),
  parkingLot: fc.uniqueArray(parked, { maxLength: 3, selector: (p) => p.id }),
});

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
    interval: fc.integer({ min: 1, max: 120 }),
    collected: fc.option(collected, { nil: undefined }),
  })
  .map((v) =>
    ReviewBundleSchema.parse({
      partnership: {
        id: v.partnershipId,
        name: v.name,
        partners: v.partners,
        notes: v.pNotes,
        reviewIntervalMonths: v.interval,
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
        ...v.collected,
        createdAt: v.times[2],
        updatedAt: v.times[3],
      },
    }),
  );
