import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { exportReviewWorkbook } from '@shared/excel/index.ts';
import { SHEET_CONTENT_LIMITS } from '@shared/excel/limits.ts';
import { SHEET_STRUCTURE_LIMITS } from '@shared/excel/preflight/area.ts';
import { sheetNeedsNothing } from '@shared/excel/preflight/sheet-scan.ts';
import { preflightSheetXml } from '@shared/excel/preflight/sheet-xml.ts';
import { exportResponseForm } from '@shared/excel/response-form/index.ts';
import { fuzzParams } from '../fuzz/support/config.ts';
import { fillForm } from '../respondents/collect-fill.ts';
import { respondentsBundle } from './sample-respondents.ts';
import { sampleBundle } from './sample.ts';

/**
 * The quick look before the full sheet pass (preflight/sheet-scan.ts) may only ever say "nothing to do" when the full
 * pass (sheet-xml.ts) agrees, or when the XML is not well-formed and ExcelJS's own parser refuses it as well.
 */
const wrap = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${body}</worksheet>`;

/** What ExcelJS does with a sheet's text: saxes, throwing on the first error (exceljs/lib/utils/parse-sax.js). */
function saxesRefuses(xml: string): boolean {
  const parser = new SaxesParser();
  let failed = false;
  parser.on('error', () => {
    failed = true;
  });
  parser.write(xml);
  return failed;
}

function agrees(xml: string): void {
  if (!sheetNeedsNothing(xml)) return;
  const full = preflightSheetXml(xml, 'S');
  if (full.ok) expect(full.value).toEqual({ xml: null, clipped: [] });
  else {
    expect(full.error.code).toBe('corrupt-workbook');
    expect(saxesRefuses(xml)).toBe(true);
  }
}

const rows = (n: number, cells = 1) => `<sheetData>${`<row>${'<c r="A1" s="1"/>'.repeat(cells)}</row>`.repeat(n)}</sheetData>`;

describe('the quick look at a sheet', () => {
  it('settles every sheet the app writes, so the full pass only runs for sheets a person or another program changed', async () => {
    const workbooks = [
      await exportReviewWorkbook(sampleBundle()),
      await exportReviewWorkbook(respondentsBundle()),
      await fillForm(
        await exportResponseForm(sampleBundle(), { name: 'Ann', organisation: 'Council' }, crypto.randomUUID(), '2026-12-02'),
        {
          ratings: { '1.1': 2 },
          comments: { '1.1': 'a < b & "c" > d' },
        },
      ),
    ];
    for (const bytes of workbooks) {
      const sheets = Object.entries(unzipSync(bytes)).filter(([name]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
      expect(sheets.length).toBeGreaterThan(3);
      for (const [name, data] of sheets) expect([name, sheetNeedsNothing(strFromU8(data))]).toEqual([name, true]);
    }
  });

  it('counts rows and cells up to the limits, and leaves one more to the full pass', () => {
    expect(sheetNeedsNothing(wrap(rows(SHEET_CONTENT_LIMITS.rows)))).toBe(true);
    expect(sheetNeedsNothing(wrap(rows(SHEET_CONTENT_LIMITS.rows + 1)))).toBe(false);
    const perRow = SHEET_CONTENT_LIMITS.cells / 1_000;
    expect(sheetNeedsNothing(wrap(rows(1_000, perRow)))).toBe(true);
    expect(sheetNeedsNothing(wrap(`${rows(1_000, perRow)}<sheetData><row><c/></row></sheetData>`))).toBe(false);
    // With a prefix, as another program may write it: still counted.
    expect(sheetNeedsNothing(wrap(rows(SHEET_CONTENT_LIMITS.rows).replaceAll('<row>', '<x:row>').replaceAll('</row>', '</x:row>')))).toBe(
      true,
    );
    expect(sheetNeedsNothing(wrap(`${rows(SHEET_CONTENT_LIMITS.rows)}<x:row/>`))).toBe(false);
  });

  it('does not count markup inside comments, CDATA, processing instructions or attribute values, as a parser would not', () => {
    const hidden = `<!-- <row><c/></row> --><?pi <row>?><sheetData><row><c t="inlineStr"><is><t><![CDATA[<row><c/></row>]]></t></is></c><c r='A2' x="<" /></row></sheetData>`;
    // The value holding "<" is not well-formed: left to the full pass.
    expect(sheetNeedsNothing(wrap(hidden))).toBe(false);
    const ok = hidden.replace(`x="<"`, `x=">"`);
    expect(sheetNeedsNothing(wrap(`${rows(SHEET_CONTENT_LIMITS.rows - 1)}${ok}`))).toBe(true);
    expect(preflightSheetXml(wrap(`${rows(SHEET_CONTENT_LIMITS.rows - 1)}${ok}`), 'S').ok).toBe(true);
  });

  it('leaves to the full pass anything to clip, any budget passed, a DOCTYPE, broken nesting and values it would have to decode', () => {
    const cases = [
      '<mergeCells><mergeCell ref="A1:XFD1"/></mergeCells>',
      '<mergeCells><mergeCell ref="&#65;1:B2"/></mergeCells>',
      '<mergeCells><mergeCell ref="A1:B2" ref="A1"/></mergeCells>',
      '<mergeCells><mergeCell ref="A1:IV100"/></mergeCells>',
      `<mergeCells>${'<mergeCell ref="A1"/>'.repeat(SHEET_STRUCTURE_LIMITS.merges + 1)}</mergeCells>`,
      `<dataValidations>${'<dataValidation sqref="A1"/>'.repeat(SHEET_STRUCTURE_LIMITS.rangedElements + 1)}</dataValidations>`,
      '<dataValidations><dataValidation sqref="A1:IV1000"/><dataValidation sqref="A1:A1000"/></dataValidations>',
      '<cols><col min="1" max="257"/></cols>',
      '<hyperlinks><hyperlink ref="A1 B2"/></hyperlinks>',
      '<sheetData><row></sheetData></row>',
      '<sheetData>',
      '<!-- a -- b -->',
      '<sheetData/><a/ >',
    ];
    for (const body of cases) expect([body.slice(0, 60), sheetNeedsNothing(wrap(body))]).toEqual([body.slice(0, 60), false]);
    expect(sheetNeedsNothing(`<!DOCTYPE w [<!ENTITY a "aaaa">]>${wrap('')}`)).toBe(false);
    expect(sheetNeedsNothing(`${wrap('')}<second/>`)).toBe(false);
    expect(sheetNeedsNothing(`${wrap('')} text`)).toBe(false);
    // Within the area and the budgets, checked the same way: nothing to do.
    expect(sheetNeedsNothing(wrap('<cols><col min="1" max="256"/></cols><mergeCells><mergeCell ref = \'A1:IV2\' /></mergeCells>'))).toBe(
      true,
    );
  });

  it('never says "nothing to do" where the full pass would clip or refuse (generated sheets)', () => {
    const range = fc.constantFrom(
      'A1',
      'B3:J20',
      '$B$3:$J$20',
      'C:C',
      '5:7',
      'IV10000',
      'IW1',
      'A10001',
      'XFD1048576',
      'A1:IV100',
      '&#65;1',
      'A1&amp;',
      'nonsense',
      '',
      ' A1 ',
      'A1\tB2',
    );
    const ranges = fc.array(range, { minLength: 1, maxLength: 3 }).map((r) => r.join(' '));
    const quote = fc.constantFrom('"', "'");
    const attr = (name: string, value: fc.Arbitrary<string>) => fc.tuple(quote, value).map(([q, v]) => ` ${name}=${q}${v}${q}`);
    const fragment = fc.oneof(
      fc.nat({ max: 40 }).map((n) => rows(n, 2)),
      fc.constantFrom(
        '<sheetData>',
        '</sheetData>',
        '<row r="1">',
        '</row>',
        '<c r="A1" t="s"><v>3</v></c>',
        '<x:c r="A1"/>',
        '<c r="A1"><v>a &amp; b &gt; c</v></c>',
        '<c r="A1"><v>&bogus;</v></c>',
        '<c r="A1 />',
        '<c r="<"/>',
        '<c r="A1" x/>',
        '<!-- <row><c/></row> -->',
        '<!-- -- -->',
        '<![CDATA[<row>]]>',
        '<?pi <c/> ?>',
        '<a/ >',
        '</x>',
        '<!DOCTYPE x>',
        ' stray text ',
        '<mergeCells>',
        '</mergeCells>',
        '<constructor ref="A1"/>',
        '<__proto__/>',
      ),
      fc.tuple(fc.constantFrom('mergeCell', 'x:mergeCell', 'hyperlink', 'dimension'), attr('ref', ranges)).map(([n, a]) => `<${n}${a}/>`),
      fc.tuple(fc.constantFrom('dataValidation', 'conditionalFormatting'), attr('sqref', ranges)).map(([n, a]) => `<${n}${a}></${n}>`),
      fc
        .tuple(fc.integer({ min: -1, max: 300 }), fc.integer({ min: 0, max: 20_000 }))
        .map(([min, max]) => `<col min="${min}" max="${max}" width="3"/>`),
      fc.constantFrom(...[SHEET_STRUCTURE_LIMITS.merges, SHEET_STRUCTURE_LIMITS.merges + 1]).map((n) => '<mergeCell ref="A1"/>'.repeat(n)),
      fc.constantFrom(SHEET_CONTENT_LIMITS.rows - 5, SHEET_CONTENT_LIMITS.rows).map((n) => rows(n)),
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 12 }), (parts) => agrees(wrap(parts.join('')))),
      fuzzParams('sheet quick look', 1_500),
    );
  }, 120_000);
});
