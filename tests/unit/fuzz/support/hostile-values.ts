import fc from 'fast-check';

/** Values that hurt parsers and validators: huge, deep, wrongly typed, or shaped like JavaScript internals. */

/** A big text that prints as a short label, so a failing case's counterexample stays readable. */
export class Sized {
  constructor(
    readonly text: string,
    private readonly label: string,
  ) {}
  [fc.toStringMethod](): string {
    return this.label;
  }
}
export type Txt = string | Sized;
export const str = (t: Txt): string => (typeof t === 'string' ? t : t.text);

export function deepArray(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

export function deepObject(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** Sizes just past the schema caps (500 and 20,000) and far past them. */
export const giantLength = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(501, 20_001, 100_000) },
  { weight: 1, arbitrary: fc.constant(1_000_000) },
);

export const giantString = fc
  .tuple(giantLength, fc.constantFrom('A', 'é', '😀', '=', '\n', '<'))
  .map(([n, unit]) => new Sized(unit.repeat(Math.ceil(n / unit.length)), `${JSON.stringify(unit)} × ${n}`));

/** A JSON text (not a value) so that nesting deeper than JSON.stringify can produce is still possible. */
const LONG_ARRAY = new Sized(`[${Array(100_000).fill('0').join(',')}]`, '[0, 0, … 100,000 zeros]');

export const hostileJson: fc.Arbitrary<Txt> = fc.oneof(
  { weight: 6, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)) },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'null',
      'true',
      'false',
      '0',
      '-1',
      '1e308',
      '-0',
      '1.5',
      '9007199254740993',
      '""',
      '[]',
      '{}',
      '"__proto__"',
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '{"__proto__":{"polluted":true}}',
      '{"constructor":{"prototype":{"polluted":true}}}',
      '{"toString":1,"valueOf":2}',
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom(10, 1_000, 100_000).map((d) => new Sized(deepArray(d), `array nested ${d} deep`)) },
  { weight: 1, arbitrary: fc.constantFrom(10, 1_000, 50_000).map((d) => new Sized(deepObject(d), `object nested ${d} deep`)) },
  { weight: 2, arbitrary: giantString.map((s) => new Sized(JSON.stringify(s.text), `JSON string of ${s[fc.toStringMethod]()}`)) },
  { weight: 1, arbitrary: fc.constantFrom<Txt>('[{"x":1},{"x":1}]', LONG_ARRAY) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '"2025-02-30"',
      '"2025-13-01"',
      '"31/03/2025"',
      '"0000-00-00T00:00:00Z"',
      '"not-a-uuid"',
      '"00000000-0000-0000-0000-000000000000"',
    ),
  },
);
