import { z } from '../zod.ts';
import { RatingLevelId } from './rating-level.ts';

export { RatingLevelId };

/** Ids are stable across instrument versions so old reviews still line up with new forms. */
const Id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case words joined by hyphens'));
const Text = z.string().check(z.trim(), z.minLength(1, 'text must not be empty'));

export const PossibleActionSchema = z.strictObject({ id: Id, text: Text });
export const FactorSchema = z.strictObject({ id: Id, text: Text });

export const BenchmarkSchema = z.strictObject({
  id: Id,
  number: z.string().check(z.regex(/^\d+\.\d+$/, 'benchmark numbers look like 2.3')),
  statement: Text,
  possibleActions: z.array(PossibleActionSchema).check(z.minLength(1)),
});

export const SectionSchema = z.strictObject({
  id: Id,
  number: z.int().check(z.positive()),
  title: Text,
  aim: Text,
  benchmarks: z.array(BenchmarkSchema).check(z.minLength(1)),
  factors: z.array(FactorSchema).check(z.minLength(1)),
});

export const InstrumentSchema = z
  .strictObject({
    id: Id,
    version: z.int().check(z.positive()),
    publisher: Text,
    name: Text,
    subtitle: Text,
    introduction: Text,
    sectionsLead: Text,
    ratingLevels: z.array(z.strictObject({ id: RatingLevelId, label: Text })).check(z.length(4)),
    headings: z.strictObject({
      benchmark: Text,
      actionNeeded: Text,
      byWhom: Text,
      possibleActions: Text,
      factorsQuestion: Text,
    }),
    sections: z.array(SectionSchema).check(z.minLength(1)),
  })
  .check(
    z.superRefine((inst, ctx) => {
      const seen = new Map<string, string>();
      const claim = (id: string, where: string) => {
        const first = seen.get(id);
        if (first) ctx.addIssue({ code: 'custom', message: `duplicate id "${id}" at ${where} (first used at ${first})` });
        else seen.set(id, where);
      };
      const levelIds = inst.ratingLevels.map((l) => l.id);
      if (new Set(levelIds).size !== levelIds.length) ctx.addIssue({ code: 'custom', message: 'rating levels repeat an id' });
      inst.sections.forEach((s, si) => {
        claim(s.id, `sections[${si}]`);
        if (s.number !== si + 1)
          ctx.addIssue({ code: 'custom', message: `section ${s.title} is numbered ${s.number}, expected ${si + 1}` });
        s.benchmarks.forEach((b, bi) => {
          claim(b.id, `${s.number}/${b.number}`);
          if (b.number !== `${s.number}.${bi + 1}`)
            ctx.addIssue({ code: 'custom', message: `benchmark ${b.number} is out of order in section ${s.number}` });
          b.possibleActions.forEach((a, ai) => claim(a.id, `${b.number} action ${ai + 1}`));
        });
        s.factors.forEach((f, fi) => claim(f.id, `section ${s.number} factor ${fi + 1}`));
      });
    }),
  );

export type Instrument = z.infer<typeof InstrumentSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type Benchmark = z.infer<typeof BenchmarkSchema>;
export type Factor = z.infer<typeof FactorSchema>;
export type RatingLevel = Instrument['ratingLevels'][number];
