import fc from 'fast-check';
import { SECTION_COLUMNS } from '@shared/excel/layout.ts';
import { cellValue, cellXml, meaningfulText, type CellValue } from './cell-values.ts';
import { giantString, type Txt } from './hostile-values.ts';
import { applyJsonMutations, jsonMutations, type JsonMutation } from './json-mutations.ts';
import { escapeXml, putCell, setText, sheetParts, text, type Parts } from './zip-parts.ts';

/**
 * Mutations of a workbook's parts: what a person, another spreadsheet program or an attacker can do to the sheets
 * inside the zip. Described as data, so fast-check shrinks a failure to the smallest list and prints it.
 */
export const SHEET_NAMES = [
  'Summary',
  '1 Leadership',
  '2 Trust',
  '3 Learning',
  '4 Managing for Performance',
  'Action plan',
  'Possible actions',
  '_data',
] as const;
export const SECTION_SHEETS = SHEET_NAMES.slice(1, 5);
const COLUMNS = 'ABCDEFGHIJK'.split('');

export type XmlDamage =
  'truncate' | 'empty' | 'garbage' | 'entity-bomb' | 'external-entity' | 'deep-nesting' | 'utf16-declared' | 'not-xml';

export type WorkbookMutation =
  | { kind: 'cell'; sheet: string; address: string; value: CellValue }
  | { kind: 'duplicate-marks'; sheet: string; row: number; columns: string[]; mark: Txt }
  | { kind: 'drop-sheet'; sheet: string }
  | { kind: 'rename-sheet'; sheet: string; to: string }
  | { kind: 'delete-part'; at: number }
  | { kind: 'damage-part'; at: number; damage: XmlDamage; cut: number }
  | { kind: 'swap-columns'; sheet: string; a: string; b: string }
  | { kind: 'copy-row'; sheet: string; from: number; to: number }
  | { kind: 'shift-rows'; sheet: string; by: number }
  | { kind: 'data-json'; mutations: JsonMutation[] };

function withSheet(parts: Parts, sheet: string, edit: (xml: string) => string): void {
  const path = sheetParts(parts).get(sheet);
  const xml = path ? text(parts, path) : undefined;
  if (path && xml !== undefined) setText(parts, path, edit(xml));
}

function partNames(parts: Parts): string[] {
  return [...parts.keys()].sort();
}

const ENTITY_BOMB = `<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">${Array.from({ length: 8 }, (_, i) => `<!ENTITY ${'b'.repeat(i + 1)} "${`&${i === 0 ? 'a' : 'b'.repeat(i)};`.repeat(10)}">`).join('')}]>`;

function damaged(xml: string, damage: XmlDamage, cut: number): string {
  const body = xml.replace(/^<\?xml[^>]*\?>/, '');
  switch (damage) {
    case 'truncate':
      return xml.slice(0, cut % (xml.length + 1));
    case 'empty':
      return '';
    case 'garbage':
      return '\u0000\u0001PK\u0003\u0004 not xml at all \uFFFF';
    case 'not-xml':
      return '{"this":"is json"}';
    case 'entity-bomb':
      // A billion laughs: eight levels of ten, used in the first cell-like place the part has.
      return (
        ENTITY_BOMB +
        body
          .replace(/<sheetData>|<sst[^>]*>|<workbook[^>]*>/, (m) => `${m}${m.startsWith('<sst') ? '<si><t>&bbbbbbbb;</t></si>' : ''}`)
          .replace('<sheetData>', '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&bbbbbbbb;</t></is></c></row>')
      );
    case 'external-entity':
      return `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${body.replace('<sheetData>', '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row>')}`;
    case 'deep-nesting': {
      const depth = 20_000 + (cut % 80_000);
      return xml.replace(/<sheetData>|<\/worksheet>|<\/sst>|<\/workbook>/, (m) => `${'<x>'.repeat(depth)}${'</x>'.repeat(depth)}${m}`);
    }
    case 'utf16-declared':
      return `<?xml version="1.0" encoding="UTF-16"?>${body}`;
  }
}

function rowXml(xml: string, row: number): string | null {
  return new RegExp(`<row r="${row}"[^>]*?(?:/>|>[\\s\\S]*?</row>)`).exec(xml)?.[0] ?? null;
}

function copyRow(xml: string, from: number, to: number): string {
  const source = rowXml(xml, from);
  if (!source || from === to) return xml;
  const moved = source.replace(`<row r="${from}"`, `<row r="${to}"`).replace(new RegExp(`r="([A-Z]+)${from}"`, 'g'), `r="$1${to}"`);
  const existing = rowXml(xml, to);
  if (existing) return xml.replace(existing, () => moved);
  const next = [...xml.matchAll(/<row r="(\d+)"/g)].find((m) => Number(m[1]) > to);
  return next ? xml.slice(0, next.index) + moved + xml.slice(next.index) : xml.replace('</sheetData>', `${moved}</sheetData>`);
}

/** Data on the _data sheet is one JSON text spread over string cells; the whole text is rewritten into B1. */
function metaJson(parts: Parts): string | null {
  const strings = text(parts, 'xl/sharedStrings.xml') ?? '';
  const m =
    /<t[^>]*>(\{&quot;format&quot;:&quot;partnership-review\/workbook[\s\S]*?|\{"format":"partnership-review\/workbook[\s\S]*?)<\/t>/.exec(
      strings,
    );
  if (!m) return null;
  return m[1]!
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

export function applyWorkbookMutations(parts: Parts, mutations: readonly WorkbookMutation[]): void {
  for (const m of mutations) {
    switch (m.kind) {
      case 'cell':
        withSheet(parts, m.sheet, (xml) => putCell(xml, m.address, cellXml(m.address, m.value)));
        break;
      case 'duplicate-marks':
        withSheet(parts, m.sheet, (xml) =>
          m.columns.reduce((out, col) => putCell(out, `${col}${m.row}`, cellXml(`${col}${m.row}`, { type: 'text', text: m.mark })), xml),
        );
        break;
      case 'drop-sheet': {
        const xml = text(parts, 'xl/workbook.xml');
        if (xml) setText(parts, 'xl/workbook.xml', xml.replace(new RegExp(`<sheet [^>]*?name="${escapeXml(m.sheet)}"[^>]*?/>`), ''));
        break;
      }
      case 'rename-sheet': {
        const xml = text(parts, 'xl/workbook.xml');
        if (xml) setText(parts, 'xl/workbook.xml', xml.replace(`name="${escapeXml(m.sheet)}"`, `name="${escapeXml(m.to)}"`));
        break;
      }
      case 'delete-part': {
        const names = partNames(parts);
        if (names.length > 0) parts.delete(names[m.at % names.length]!);
        break;
      }
      case 'damage-part': {
        const names = partNames(parts);
        const name = names[m.at % Math.max(1, names.length)];
        const xml = name ? text(parts, name) : undefined;
        if (name && xml !== undefined) setText(parts, name, damaged(xml, m.damage, m.cut));
        break;
      }
      case 'swap-columns':
        withSheet(parts, m.sheet, (xml) =>
          xml.replace(/ r="([A-Z]+)(\d+)"/g, (all, col: string, row: string) =>
            col === m.a ? ` r="${m.b}${row}"` : col === m.b ? ` r="${m.a}${row}"` : all,
          ),
        );
        break;
      case 'copy-row':
        withSheet(parts, m.sheet, (xml) => copyRow(xml, m.from, m.to));
        break;
      case 'shift-rows':
        withSheet(parts, m.sheet, (xml) =>
          xml
            .replace(/<row r="(\d+)"/g, (_, r: string) => `<row r="${Number(r) + m.by}"`)
            .replace(/<c r="([A-Z]+)(\d+)"/g, (_, c: string, r: string) => `<c r="${c}${Number(r) + m.by}"`),
        );
        break;
      case 'data-json': {
        const json = metaJson(parts);
        if (json === null) break;
        const mutated = applyJsonMutations(json, m.mutations);
        // Excel caps a cell at 32,767 characters; the app spreads its JSON over cells of 30,000, as here.
        withSheet(parts, '_data', (xml) => {
          let out = xml;
          for (let i = 0, col = 2; i < Math.max(1, mutated.length) && col < 400; i += 30_000, col += 1) {
            const address = `${columnName(col)}1`;
            out = putCell(out, address, cellXml(address, { type: 'text', text: mutated.slice(i, i + 30_000) }));
          }
          return out;
        });
        break;
      }
    }
  }
}

function columnName(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

const sheet = fc.constantFrom(...SHEET_NAMES, 'Nonexistent');
const sectionSheet = fc.constantFrom(...SECTION_SHEETS);
const row = fc.oneof(
  { weight: 9, arbitrary: fc.integer({ min: 1, max: 30 }) },
  { weight: 1, arbitrary: fc.constantFrom(200, 2_001, 1_048_576) },
);
const column = fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...COLUMNS) }, { weight: 1, arbitrary: fc.constantFrom('AA', 'XFD') });
const address = fc.tuple(column, row).map(([c, r]) => `${c}${r}`);

export const cellMutation: fc.Arbitrary<WorkbookMutation> = fc.record({
  kind: fc.constant('cell' as const),
  sheet,
  address,
  value: cellValue,
});

export const marksMutation: fc.Arbitrary<WorkbookMutation> = fc.record({
  kind: fc.constant('duplicate-marks' as const),
  sheet: sectionSheet,
  row: fc.integer({ min: 3, max: 22 }),
  columns: fc.subarray([...SECTION_COLUMNS.levels, 'A'], { minLength: 2 }),
  mark: fc.oneof<fc.Arbitrary<Txt>[]>(meaningfulText, giantString),
});

export const sheetMutation: fc.Arbitrary<WorkbookMutation> = fc.oneof(
  fc.record({ kind: fc.constant('drop-sheet' as const), sheet }),
  fc.record({
    kind: fc.constant('rename-sheet' as const),
    sheet,
    to: fc.oneof(fc.constantFrom(...SHEET_NAMES, '', 'summary', "1 Leadership'", 'x'.repeat(40)), fc.string({ maxLength: 12 })),
  }),
  fc.record({ kind: fc.constant('delete-part' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('damage-part' as const),
    at: fc.nat(),
    damage: fc.constantFrom<XmlDamage>(
      'truncate',
      'empty',
      'garbage',
      'entity-bomb',
      'external-entity',
      'deep-nesting',
      'utf16-declared',
      'not-xml',
    ),
    cut: fc.nat(),
  }),
  fc.record({ kind: fc.constant('swap-columns' as const), sheet, a: fc.constantFrom(...COLUMNS), b: fc.constantFrom(...COLUMNS) }),
  fc.record({ kind: fc.constant('copy-row' as const), sheet, from: fc.integer({ min: 1, max: 25 }), to: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ kind: fc.constant('shift-rows' as const), sheet, by: fc.constantFrom(1, 5, 30, 2_000) }),
);

export const dataMutation: fc.Arbitrary<WorkbookMutation> = fc.record({
  kind: fc.constant('data-json' as const),
  mutations: jsonMutations,
});
