import type { Instrument } from '../instrument/schema.ts';
import type { Problem } from '../result.ts';
import type { Review } from './review.ts';

/**
 * Schema validation cannot know the form: this checks that a review only refers to benchmarks, sections and factors
 * its own instrument version has, so a hand-edited file cannot smuggle in answers nobody can see.
 */
export function conformanceProblems(review: Review, instrument: Instrument, where = 'review'): Problem[] {
  const problems: Problem[] = [];
  if (review.instrument.id !== instrument.id || review.instrument.version !== instrument.version) {
    problems.push({
      where: `${where}.instrument`,
      message: `made with ${review.instrument.id} v${review.instrument.version}, checked against ${instrument.id} v${instrument.version}`,
    });
  }
  const benchmarkIds = new Set(instrument.sections.flatMap((s) => s.benchmarks.map((b) => b.id)));
  for (const [id, answer] of Object.entries(review.answers)) {
    if (!benchmarkIds.has(id)) problems.push({ where: `${where}.answers.${id}`, message: `no benchmark "${id}" in this form` });
    if (answer.noAgreement && answer.rating !== null)
      problems.push({
        where: `${where}.answers.${id}.noAgreement`,
        message: 'an agreed rating and “No agreement reached” cannot both be recorded',
      });
  }
  review.respondents.forEach((respondent, i) => {
    const at = `${where}.respondents[${i}]`;
    for (const field of ['ratings', 'comments'] as const)
      for (const id of Object.keys(respondent[field]))
        if (!benchmarkIds.has(id)) problems.push({ where: `${at}.${field}.${id}`, message: `no benchmark "${id}" in this form` });
    for (const [sectionId, marks] of Object.entries(respondent.factors)) {
      const section = instrument.sections.find((s) => s.id === sectionId);
      const known = new Set(section?.factors.map((f) => f.id));
      if (!section) problems.push({ where: `${at}.factors.${sectionId}`, message: `no section "${sectionId}" in this form` });
      else
        for (const id of Object.keys(marks))
          if (!known.has(id))
            problems.push({ where: `${at}.factors.${sectionId}.${id}`, message: `no typical factor "${id}" in section ${section.number}` });
    }
  });
  const ids = new Set<string>();
  for (const [i, r] of review.respondents.entries()) {
    if (ids.has(r.id)) problems.push({ where: `${where}.respondents[${i}].id`, message: 'two respondents have the same id' });
    ids.add(r.id);
  }
  for (const [sectionId, factors] of Object.entries(review.factors)) {
    const section = instrument.sections.find((s) => s.id === sectionId);
    if (!section) {
      problems.push({ where: `${where}.factors.${sectionId}`, message: `no section "${sectionId}" in this form` });
      continue;
    }
    const factorIds = new Set(section.factors.map((f) => f.id));
    for (const id of Object.keys(factors.marks)) {
      if (!factorIds.has(id))
        problems.push({
          where: `${where}.factors.${sectionId}.marks.${id}`,
          message: `no typical factor "${id}" in section ${section.number}`,
        });
    }
  }
  return problems;
}
