import { describe, expect, it } from 'vitest';
import { currentInstrument } from '@shared/instrument/catalogue.ts';
import { placeImported, type PlacementFacts } from '@shared/files/placement.ts';
import { newPartnership, newReview } from '@shared/model/factories.ts';

const P = '00000000-0000-4000-8000-00000000000a';
const CONTEXT = '00000000-0000-4000-8000-00000000000b';
const R = '00000000-0000-4000-8000-00000000000c';
const NEW = '00000000-0000-4000-8000-00000000000d';
const OTHER_P = '00000000-0000-4000-8000-00000000000e';
const then = '2026-01-01T09:00:00.000Z';
const stamp = '2026-03-01T10:00:00.000Z';
const bundle = {
  partnership: newPartnership({ id: P, now: then }, { name: 'From the file' }),
  review: newReview({ id: R, now: then }, P, currentInstrument, { title: 'Imported' }),
};
const facts = (over: Partial<PlacementFacts>): PlacementFacts => ({
  bundle,
  exportedFrom: null,
  choice: 'new',
  idTaken: false,
  partnershipKnown: false,
  contextPartnershipId: null,
  stamp,
  newId: NEW,
  ...over,
});
const stored = { ...bundle.review, partnershipId: OTHER_P, createdAt: '2025-12-01T08:00:00.000Z' };

describe('placeImported', () => {
  it('updates the review it was exported from when the person chose so, keeping where it lives and when it was made', () => {
    const placed = placeImported(facts({ exportedFrom: stored, choice: 'update', idTaken: true }));
    expect(placed).toEqual({
      review: { ...bundle.review, partnershipId: OTHER_P, createdAt: '2025-12-01T08:00:00.000Z', updatedAt: stamp },
      createPartnership: null,
      updating: true,
    });
  });

  it('an anonymous export updating its review keeps the names and roles stored here, not the "Respondent n" it carries', () => {
    const person = (id: string, name: string, role: string) => ({
      id,
      name,
      organisation: 'NHS Trust',
      role,
      source: 'by-hand' as const,
      formId: null,
      fingerprint: null,
      ratings: {},
      comments: {},
      factors: {},
      receivedAt: then,
    });
    const A = '00000000-0000-4000-8000-0000000000a1';
    const B = '00000000-0000-4000-8000-0000000000b2';
    const mine = { ...stored, anonymous: true, respondents: [person(A, 'Amir Khan', 'Chair')] };
    const exported = {
      ...bundle,
      review: {
        ...bundle.review,
        anonymous: true,
        respondents: [
          { ...person(A, 'Respondent 1', ''), ratings: { 'trust-openness': 'yes-working-well' as const } },
          person(B, 'Respondent 2', ''),
        ],
      },
    };
    const placed = placeImported(facts({ bundle: exported, exportedFrom: mine, choice: 'update', idTaken: true }));
    expect(placed.review.respondents.map((r) => [r.name, r.role, r.ratings])).toEqual([
      ['Amir Khan', 'Chair', { 'trust-openness': 'yes-working-well' }],
      ['Respondent 2', '', {}],
    ]);
  });

  it('imports an export as a new review with a new id when the person chose so', () => {
    const placed = placeImported(facts({ exportedFrom: stored, choice: 'new', idTaken: true, partnershipKnown: true }));
    expect(placed.review).toMatchObject({ id: NEW, createdAt: stamp, updatedAt: stamp, partnershipId: P });
    expect(placed.updating).toBe(false);
  });

  it('never takes an id already in the library', () => {
    expect(placeImported(facts({ idTaken: true, partnershipKnown: true })).review.id).toBe(NEW);
    expect(placeImported(facts({ partnershipKnown: true })).review).toMatchObject({ id: R, createdAt: then });
  });

  it('joins the known partnership, else the one on screen, else creates the workbook’s', () => {
    expect(placeImported(facts({ partnershipKnown: true, contextPartnershipId: CONTEXT })).review.partnershipId).toBe(P);
    expect(placeImported(facts({ contextPartnershipId: CONTEXT }))).toMatchObject({
      review: { partnershipId: CONTEXT },
      createPartnership: null,
    });
    const created = placeImported(facts({}));
    expect(created.review.partnershipId).toBe(P);
    expect(created.createPartnership).toEqual({ ...bundle.partnership, createdAt: stamp, updatedAt: stamp });
  });
});
