import fc from 'fast-check';
import { currentInstrument } from '@shared/instrument/catalogue.ts';
import { escapeXml } from './zip-parts.ts';
import { giantString, str, type Txt } from './hostile-values.ts';

/**
 * What a cell can hold in the file format, written as the raw <c> element: every type attribute Excel and
 * LibreOffice use, formulas with and without a cached result, shared formulas whose master is missing, shared-string
 * indexes that point nowhere, and text a spreadsheet program would never write (control characters, megabytes).
 */
export type CellValue =
  | { type: 'text'; text: Txt }
  | { type: 'raw-text'; text: string }
  | { type: 'number'; value: string }
  | { type: 'bool'; value: string }
  | { type: 'error'; value: string }
  | { type: 'formula'; formula: string; cached: CachedResult | null }
  | { type: 'shared-formula'; si: number; ref: string | null; formula: string | null }
  | { type: 'array-formula'; ref: string; formula: string }
  | { type: 'shared-string'; index: string }
  | { type: 'date'; value: string }
  | { type: 'rich'; runs: string[] }
  | { type: 'empty' };

type CachedResult = { t: 'n' | 'str' | 'b' | 'e'; v: string };

export function cellXml(address: string, value: CellValue): string {
  const c = (attrs: string, body: string) => `<c r="${address}"${attrs}>${body}</c>`;
  switch (value.type) {
    case 'text':
      return c(' t="inlineStr"', `<is><t xml:space="preserve">${escapeXml(str(value.text))}</t></is>`);
    case 'raw-text':
      // Deliberately unescaped: markup and control characters straight into the XML.
      return c(' t="inlineStr"', `<is><t>${value.text}</t></is>`);
    case 'number':
      return c('', `<v>${value.value}</v>`);
    case 'bool':
      return c(' t="b"', `<v>${value.value}</v>`);
    case 'error':
      return c(' t="e"', `<v>${escapeXml(value.value)}</v>`);
    case 'formula': {
      const f = `<f>${escapeXml(value.formula)}</f>`;
      if (!value.cached) return c('', f);
      return c(value.cached.t === 'n' ? '' : ` t="${value.cached.t}"`, `${f}<v>${escapeXml(value.cached.v)}</v>`);
    }
    case 'shared-formula': {
      const ref = value.ref ? ` ref="${value.ref}"` : '';
      return c(
        '',
        value.formula
          ? `<f t="shared"${ref} si="${value.si}">${escapeXml(value.formula)}</f><v>1</v>`
          : `<f t="shared" si="${value.si}"/><v>1</v>`,
      );
    }
    case 'array-formula':
      return c('', `<f t="array" ref="${value.ref}">${escapeXml(value.formula)}</f><v>0</v>`);
    case 'shared-string':
      return c(' t="s"', value.index === '' ? '' : `<v>${escapeXml(value.index)}</v>`);
    case 'date':
      return c(' t="d"', `<v>${escapeXml(value.value)}</v>`);
    case 'rich':
      return c(' t="inlineStr"', `<is>${value.runs.map((r) => `<r><t xml:space="preserve">${escapeXml(r)}</t></r>`).join('')}</is>`);
    case 'empty':
      return `<c r="${address}"/>`;
  }
}

const levels = currentInstrument.ratingLevels.map((l) => l.label);
const benchmarkNumbers = currentInstrument.sections.flatMap((s) => s.benchmarks.map((b) => b.number));
const factorTexts = currentInstrument.sections.flatMap((s) => s.factors.map((f) => f.text));

/** Text that means something to the reader: marks, labels, benchmark numbers, dates, statuses. */
export const meaningfulText = fc.constantFrom(
  'x',
  'X',
  '✓',
  '✔',
  '✗',
  'yes',
  'no',
  'y',
  'n',
  'tick',
  'cross',
  'TRUE',
  ' ',
  '',
  '0',
  'n/a',
  '??',
  'Draft',
  'Final',
  'final ',
  'Done',
  'In progress',
  'Dropped',
  'Open',
  'Archived',
  '31/03/2025',
  '2025-03-31',
  '03/31/2025',
  '29/02/2023',
  '1899-12-30',
  '9999-12-31',
  '10000-01-01',
  'Partnership',
  'Review',
  'Date',
  'Status',
  'Form version',
  'Section',
  'Notes',
  ...levels,
  ...benchmarkNumbers.slice(0, 6),
  ...factorTexts.slice(0, 3),
);

const formula = fc.constantFrom(
  '1/0',
  'SUM(A1:A3)',
  'NOW()',
  'HYPERLINK("http://example.invalid","x")',
  "cmd|'/c calc'!A1",
  'INDIRECT("A"&1)',
  'A1',
  '"x"',
  'WEBSERVICE("http://127.0.0.1")',
  '',
);
const errors = fc.constantFrom('#REF!', '#DIV/0!', '#N/A', '#VALUE!', '#NAME?', '#NULL!', '#NUM!', '#SPILL!', 'garbage');
const numbers = fc.oneof(
  fc.double().map((d) => String(d)),
  fc.constantFrom('NaN', 'Infinity', '-0', '1e308', '-1', '0', '45748', '2958466', '2958465.99', '60', '1.5', '', 'abc', '1,5'),
);
const controlText = fc.string({ unit: fc.integer({ min: 0, max: 31 }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 4 });

export const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      type: fc.constant('text' as const),
      text: fc.oneof<fc.Arbitrary<Txt>[]>(meaningfulText, fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 10 })),
    }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('text' as const), text: giantString }) },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('raw-text' as const),
      text: fc.oneof(controlText, fc.constantFrom('<b>', '&', '&amp', '&#0;', '&#xFFFF;', ']]>', '&unknown;', '<![CDATA[x]]>')),
    }),
  },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('number' as const), value: numbers }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('bool' as const), value: fc.constantFrom('0', '1', '2', 'true', '') }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('error' as const), value: errors }) },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('formula' as const),
      formula,
      cached: fc.option(
        fc.oneof(
          fc.record({ t: fc.constant('str' as const), v: fc.oneof(meaningfulText, fc.string({ maxLength: 10 })) }),
          fc.record({ t: fc.constant('n' as const), v: numbers }),
          fc.record({ t: fc.constant('b' as const), v: fc.constantFrom('0', '1') }),
          fc.record({ t: fc.constant('e' as const), v: errors }),
        ),
        { nil: null },
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('shared-formula' as const),
      si: fc.integer({ min: 0, max: 3 }),
      ref: fc.option(fc.constantFrom('C4:F20', 'A1:A1', 'Z9:A1'), { nil: null }),
      formula: fc.option(formula, { nil: null }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ type: fc.constant('array-formula' as const), ref: fc.constantFrom('C4:F4', 'A1:XFD1048576'), formula }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('shared-string' as const),
      index: fc.oneof(fc.integer({ min: -3, max: 120 }).map(String), fc.constantFrom('99999999', 'abc', '')),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('date' as const),
      value: fc.constantFrom('2025-03-31T00:00:00Z', '2025-03-31', 'not a date', '', '+275760-09-13T00:00:00Z'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('rich' as const),
      runs: fc.array(fc.oneof(meaningfulText, fc.string({ maxLength: 8 })), { maxLength: 4 }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ type: 'empty' as const }) },
);
