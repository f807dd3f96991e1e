import { REVIEW_DEFAULTS } from '@shared/model/defaults.ts';
import { describe, expect, it } from 'vitest';
import { currentInstrument } from '@shared/instrument/catalogue.ts';
import { conformanceProblems } from '@shared/model/conformance.ts';
import { newPartnership, newReview } from '@shared/model/factories.ts';
import type { Review } from '@shared/model/review.ts';

const origin = { id: '00000000-0000-4000-8000-000000000001', now: '2025-06-30T23:30:00.000Z' };

describe('new records', () => {
  it('a new partnership is untitled, with no partners or notes, reviewed yearly, created and updated now', () => {
    expect(newPartnership(origin)).toEqual({
      id: origin.id,
      name: 'Untitled partnership',
      partners: [],
      notes: '',
      reviewIntervalMonths: 12,
      createdAt: '2025-06-30T23:30:00.000Z',
      updatedAt: '2025-06-30T23:30:00.000Z',
    });
  });

  it('a new partnership keeps the fields it is given, even empty ones', () => {
    const p = newPartnership(origin, { name: '', partners: ['Council'], notes: 'Quarterly' });
    expect([p.name, p.partners, p.notes]).toEqual(['', ['Council'], 'Quarterly']);
  });

  it('a new review is a draft of the given form with nothing answered, dated by the instant given', () => {
    expect(newReview(origin, 'p-1', currentInstrument)).toEqual({
      id: origin.id,
      partnershipId: 'p-1',
      title: 'Review',
      date: '2025-06-30',
      facilitator: '',
      participants: [],
      status: 'draft',
      instrument: { id: 'smarter-partnerships-digging-deeper', version: 1 },
      answers: {},
      factors: {},
      ...structuredClone(REVIEW_DEFAULTS),
      createdAt: '2025-06-30T23:30:00.000Z',
      updatedAt: '2025-06-30T23:30:00.000Z',
    });
  });

  it('a new review keeps the title, date, facilitator and participants it is given', () => {
    const r = newReview(origin, 'p-1', currentInstrument, {
      title: 'Spring',
      date: '2025-03-01',
      facilitator: 'Sam',
      participants: ['Jo'],
    });
    expect([r.title, r.date, r.facilitator, r.participants]).toEqual(['Spring', '2025-03-01', 'Sam', ['Jo']]);
  });
});

describe('a review against its form', () => {
  const base = newReview(origin, 'p-1', currentInstrument);
  const answer = {
    rating: null,
    noAgreement: false,
    agreedWhy: '',
    actionNeeded: '',
    byWhom: '',
    dueDate: null,
    notes: '',
    actionStatus: 'open',
    carriedFrom: null,
  } as const;

  it('finds nothing wrong with a review that uses only its form', () => {
    const r: Review = {
      ...base,
      answers: { 'leadership-common-vision': answer },
      factors: { trust: { marks: { 'trust-f1': 'tick' }, notes: '' } },
    };
    expect(conformanceProblems(r, currentInstrument)).toEqual([]);
  });

  it('names each place that refers to something the form does not have', () => {
    const r: Review = {
      ...base,
      instrument: { id: 'smarter-partnerships-digging-deeper', version: 2 },
      answers: { 'leadership-common-vision': answer, 'made-up': answer },
      factors: { nowhere: { marks: {}, notes: '' }, trust: { marks: { 'trust-f1': 'tick', 'leadership-f1': 'cross' }, notes: '' } },
    };
    expect(conformanceProblems(r, currentInstrument, 'bundle.review')).toEqual([
      {
        where: 'bundle.review.instrument',
        message: 'made with smarter-partnerships-digging-deeper v2, checked against smarter-partnerships-digging-deeper v1',
      },
      { where: 'bundle.review.answers.made-up', message: 'no benchmark "made-up" in this form' },
      { where: 'bundle.review.factors.nowhere', message: 'no section "nowhere" in this form' },
      { where: 'bundle.review.factors.trust.marks.leadership-f1', message: 'no typical factor "leadership-f1" in section 2' },
    ]);
  });

  it('says "review" by default and notices another form id of the same version', () => {
    const r: Review = { ...base, instrument: { id: 'another-form', version: 1 } };
    expect(conformanceProblems(r, currentInstrument)).toEqual([
      { where: 'review.instrument', message: 'made with another-form v1, checked against smarter-partnerships-digging-deeper v1' },
    ]);
  });

  it('refuses "No agreement reached" beside an agreed rating, and respondents who answer what the form lacks', () => {
    const respondent = {
      id: '00000000-0000-4000-8000-000000000009',
      name: 'Jo',
      organisation: 'County Council',
      role: '',
      source: 'by-hand',
      formId: null,
      fingerprint: null,
      ratings: { 'leadership-common-vision': 'yes-working-well', 'made-up': 'no-action-needed' },
      comments: { elsewhere: 'A comment on nothing' },
      factors: { trust: { 'trust-f1': 'tick', 'leadership-f1': 'cross' }, nowhere: {} },
      receivedAt: origin.now,
    } as const satisfies Review['respondents'][number];
    const r: Review = {
      ...base,
      answers: { 'leadership-common-vision': { ...answer, rating: 'yes-working-well', noAgreement: true } },
      respondents: [respondent, respondent],
    };
    expect(conformanceProblems(r, currentInstrument)).toEqual([
      {
        where: 'review.answers.leadership-common-vision.noAgreement',
        message: 'an agreed rating and “No agreement reached” cannot both be recorded',
      },
      ...[0, 1].flatMap((i) => [
        { where: `review.respondents[${i}].ratings.made-up`, message: 'no benchmark "made-up" in this form' },
        { where: `review.respondents[${i}].comments.elsewhere`, message: 'no benchmark "elsewhere" in this form' },
        { where: `review.respondents[${i}].factors.trust.leadership-f1`, message: 'no typical factor "leadership-f1" in section 2' },
        { where: `review.respondents[${i}].factors.nowhere`, message: 'no section "nowhere" in this form' },
      ]),
      { where: 'review.respondents[1].id', message: 'two respondents have the same id' },
    ]);
  });
});
