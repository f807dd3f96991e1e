import { benchmarksOf, currentInstrument, findInstrument } from '../instrument/catalogue.ts';
import type { InstrumentRef } from '../model/review.ts';
import type { RespondentContent } from './fingerprint.ts';

/**
 * What a changed re-submission of a response form changes, in words a person can check before agreeing to replace
 * the respondent: "organisation: "Council" → "City Council"", "2.3 rating: NO - action is needed → YES - working
 * well", "2.3 comment", "section 1 typical factor "limited vision": ticked → unanswered". In form order.
 */
export function describeChanges(instrumentRef: InstrumentRef, before: RespondentContent, after: RespondentContent): string[] {
  const instrument = findInstrument(instrumentRef.id, instrumentRef.version) ?? currentInstrument;
  const levels = new Map(instrument.ratingLevels.map((l) => [l.id as string, l.label]));
  const changes: string[] = [];
  const quoted = (text: string) => (text.trim() === '' ? '(blank)' : `"${text}"`);
  for (const field of ['name', 'organisation', 'role'] as const)
    if (before[field] !== after[field]) changes.push(`${field}: ${quoted(before[field])} → ${quoted(after[field])}`);

  const level = (id: string | undefined) => (id === undefined ? 'no rating' : (levels.get(id) ?? id));
  const known = new Set<string>();
  for (const { benchmark } of benchmarksOf(instrument)) {
    known.add(benchmark.id);
    const [was, now] = [before.ratings[benchmark.id], after.ratings[benchmark.id]];
    if (was !== now) changes.push(`${benchmark.number} rating: ${level(was)} → ${level(now)}`);
    if ((before.comments[benchmark.id] ?? '') !== (after.comments[benchmark.id] ?? '')) changes.push(`${benchmark.number} comment`);
  }
  const mark = (m: string | undefined) => (m === 'tick' ? 'ticked' : m === 'cross' ? 'crossed' : 'unanswered');
  for (const section of instrument.sections) {
    known.add(section.id);
    for (const factor of section.factors) {
      const [was, now] = [before.factors[section.id]?.[factor.id], after.factors[section.id]?.[factor.id]];
      if (was !== now) changes.push(`section ${section.number} typical factor "${factor.text}": ${mark(was)} → ${mark(now)}`);
    }
  }
  // Keys the instrument does not know cannot be shown by name, but must not make a change invisible.
  const unknown = (a: Record<string, unknown>, b: Record<string, unknown>) =>
    [...new Set([...Object.keys(a), ...Object.keys(b)])].some((k) => !known.has(k) && JSON.stringify(a[k]) !== JSON.stringify(b[k]));
  if (unknown(before.ratings, after.ratings) || unknown(before.comments, after.comments) || unknown(before.factors, after.factors))
    changes.push('answers to benchmarks this form does not have');
  return changes;
}
