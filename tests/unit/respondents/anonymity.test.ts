import { describe, expect, it } from 'vitest';
import { forSharing, organisationGroups, respondentLabel } from '@shared/respondents/anonymity.ts';
import type { Respondent } from '@shared/model/respondent.ts';

const person = (n: number, name: string, organisation: string, role = 'Chair'): Respondent => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  name,
  organisation,
  role,
  source: 'by-hand',
  formId: null,
  fingerprint: null,
  ratings: {},
  comments: {},
  factors: {},
  receivedAt: '2026-12-01T10:00:00.000Z',
});
const respondents = [
  person(1, 'Amir Khan', 'County Council'),
  person(2, '', 'NHS Trust'),
  person(3, 'Jo Davies', ' county  council '),
  person(4, 'Priya Shah', 'County Council'),
];

describe('anonymity and minimum group size', () => {
  it('names respondents, numbering those without a name, and numbers everyone when anonymous', () => {
    const named = { anonymous: false, respondents };
    expect(respondents.map((_, i) => respondentLabel(named, i))).toEqual(['Amir Khan', 'Respondent 2', 'Jo Davies', 'Priya Shah']);
    const anonymous = { anonymous: true, respondents };
    expect(respondents.map((_, i) => respondentLabel(anonymous, i))).toEqual([
      'Respondent 1',
      'Respondent 2',
      'Respondent 3',
      'Respondent 4',
    ]);
  });

  it('an anonymous review leaves with no name or role anywhere in it; a named one leaves as it is', () => {
    const review = { anonymous: true, minGroupSize: 3, respondents };
    const shared = JSON.stringify(forSharing(review));
    for (const secret of ['Amir Khan', 'Jo Davies', 'Priya Shah', 'Chair']) expect(shared).not.toContain(secret);
    expect(forSharing(review).respondents.map((r) => r.organisation)).toEqual(respondents.map((r) => r.organisation));
    const named = { ...review, anonymous: false };
    expect(forSharing(named)).toBe(named);
  });

  it('groups by organisation whatever the case and spacing, hiding groups under the minimum', () => {
    expect(organisationGroups({ anonymous: false, minGroupSize: 3, respondents })).toEqual([
      { organisation: 'County Council', members: [0, 2, 3], hidden: false },
      { organisation: 'NHS Trust', members: [1], hidden: true },
    ]);
    expect(organisationGroups({ anonymous: false, minGroupSize: 4, respondents }).map((g) => g.hidden)).toEqual([true, true]);
  });
});
