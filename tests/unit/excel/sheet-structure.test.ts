import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportReviewWorkbook, exportTemplateWorkbook } from '@shared/excel/index.ts';
import { FORM_AREA, SHEET_STRUCTURE_LIMITS } from '@shared/excel/preflight/area.ts';
import { preflightSheetXml } from '@shared/excel/preflight/sheet-xml.ts';
import { importBytes } from './edit.ts';
import { sampleBundle } from './sample.ts';

/**
 * Issue 8, "Found" item 1: tiny workbooks whose ranges ExcelJS expands cell by cell. Each case only has to answer:
 * the vitest timeout (a few seconds) is the guard, as a hang used to last minutes. Part 3 of every export is the
 * section sheet "2 Trust" (xl/worksheets/sheet3.xml).
 */
const TRUST = 'xl/worksheets/sheet3.xml';
const QUICK = 10_000;

async function exportWith(edit: (xml: string) => string, from: 'review' | 'template' = 'review'): Promise<Uint8Array> {
  const bytes = from === 'review' ? await exportReviewWorkbook(sampleBundle()) : await exportTemplateWorkbook();
  const parts = unzipSync(bytes);
  parts[TRUST] = strToU8(edit(strFromU8(parts[TRUST]!)));
  return zipSync(parts);
}

/** Adds elements where the schema puts them: merges after the sheet data, validations after the merges. */
const withMerges = (refs: string[]) => (xml: string) =>
  xml.replace(/<\/mergeCells>/, `${refs.map((r) => `<mergeCell ref="${r}"/>`).join('')}</mergeCells>`);
const withValidation = (sqref: string) => (xml: string) =>
  xml.replace(
    /<\/mergeCells>/,
    `</mergeCells><dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="${sqref}"><formula1>"x,✓"</formula1></dataValidation></dataValidations>`,
  );

describe('the sheet pre-flight: ranges no review form has', () => {
  it(
    'refuses one merge to the end of the sheet (a 23 kB file that exhausted memory), naming sheet and range',
    async () => {
      const bytes = await exportWith(withMerges(['E100:XFD1048576']));
      expect(bytes.length).toBeLessThan(30_000);
      const result = await importBytes(bytes);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('too-complex');
      expect(result.error.message).toMatch(
        /^The sheet "2 Trust" is built in a way no review form is \(merged ranges covering more than 20,000 cells\)/,
      );
      expect(result.error.problems).toEqual([
        { where: '2 Trust!E100:XFD1048576', message: 'merged ranges covering more than 20,000 cells' },
      ]);
    },
    QUICK,
  );

  it(
    'refuses 40,000 one-row merges (quadratic in ExcelJS) by their count',
    async () => {
      const refs = Array.from({ length: 40_000 }, (_, i) => `K${100 + i}:L${100 + i}`);
      const result = await importBytes(await exportWith(withMerges(refs)));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error).toMatchObject({ code: 'too-complex', problems: [{ where: '2 Trust', message: 'more than 500 merged ranges' }] });
    },
    QUICK,
  );

  it(
    'leaves out a data validation over the whole sheet and imports the review unchanged, saying so',
    async () => {
      const result = await importBytes(await exportWith(withValidation('A1:XFD1048576')));
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.value.bundle).toEqual(sampleBundle());
      expect(result.value.warnings).toEqual([
        { where: '2 Trust!A1:XFD1048576', message: 'a data validation over 2,560,000 cells was left out' },
      ]);
    },
    QUICK,
  );

  // T lies beyond every column the review workbook writes (the agreement block ends at S).
  it(
    "cuts whole-column validations and merges (as Excel returns partners' copies) to the form's area and imports the same review",
    async () => {
      const result = await importBytes(await exportWith((xml) => withValidation('C1:F1048576 J:J')(withMerges(['T1:T1048576'])(xml))));
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.value.bundle).toEqual(sampleBundle());
      expect(result.value.warnings).toEqual([
        { where: '2 Trust!T1:T1048576', message: "a merged range reaching beyond the form's area (A1:IV10000) was cut to T1:T10000" },
        {
          where: '2 Trust!C1:F1048576 J:J',
          message: "a data validation reaching beyond the form's area (A1:IV10000) was cut to C1:F10000 J1:J10000",
        },
      ]);
    },
    QUICK,
  );

  it('leaves the blank form and an untouched export as they are: no warnings, nothing rewritten', async () => {
    for (const from of ['review', 'template'] as const) {
      const result = await importBytes(await exportWith((xml) => xml, from), 'form.xlsx');
      expect(result.ok && result.value.warnings).toEqual(from === 'review' ? [] : expect.any(Array));
      if (result.ok) expect(result.value.warnings.filter((w) => /area|left out/.test(w.message))).toEqual([]);
    }
  }, 30_000);
});

describe('preflightSheetXml, one pass over the text', () => {
  const sheet = (body: string) =>
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:J20"/><sheetData/>${body}</worksheet>`;

  it('returns null when nothing needs clipping, so honest sheets reach ExcelJS byte for byte', () => {
    const xml = sheet('<mergeCells count="1"><mergeCell ref="A1:J1"/></mergeCells>');
    expect(preflightSheetXml(xml, 'S')).toEqual({ ok: true, value: { xml: null, clipped: [] } });
  });

  it('rewrites only the offending elements: a clipped merge, a dropped hyperlink, a clipped column span and dimension', () => {
    const xml = sheet(
      '<cols><col min="11" max="16384" hidden="1"/></cols><mergeCells count="2"><mergeCell ref="A1:J1"/><mergeCell ref="B9990:C10005"/></mergeCells><hyperlinks><hyperlink ref="ZZ99999" display="far &amp; away"/><hyperlink ref="A2"/></hyperlinks>',
    ).replace('A1:J20', 'A1:XFD1048576');
    const result = preflightSheetXml(xml, 'S');
    expect(result.ok && result.value.xml).toBe(
      sheet(
        '<cols><col min="11" max="256" hidden="1"/></cols><mergeCells count="2"><mergeCell ref="A1:J1"/><mergeCell ref="B9990:C10000"/></mergeCells><hyperlinks><hyperlink ref="A2"/></hyperlinks>',
      ).replace('A1:J20', `A1:IV${FORM_AREA.lastRow}`),
    );
    expect(result.ok && result.value.clipped.map((c) => c.where)).toEqual(['S!A1:XFD1048576', 'S!K:XFD', 'S!B9990:C10005', 'S!ZZ99999']);
  });

  it('drops an element with children whole, and keeps text and non-ASCII around it intact', () => {
    const xml = sheet(
      '<conditionalFormatting sqref="XA1:XB2"><cfRule type="expression" priority="1"><formula>A1="✓ 😀"</formula></cfRule></conditionalFormatting><conditionalFormatting sqref="A1:B2"><cfRule type="expression" priority="2"><formula>1</formula></cfRule></conditionalFormatting>',
    );
    const result = preflightSheetXml(xml, 'S');
    expect(result.ok && result.value.xml).toBe(
      sheet(
        '<conditionalFormatting sqref="A1:B2"><cfRule type="expression" priority="2"><formula>1</formula></cfRule></conditionalFormatting>',
      ),
    );
  });

  it('refuses merges past the merged-cell budget even inside the area, and stops counting validations at theirs', () => {
    const big = preflightSheetXml(sheet('<mergeCells><mergeCell ref="A1:IV100"/></mergeCells>'), 'S');
    expect(256 * 100).toBeGreaterThan(SHEET_STRUCTURE_LIMITS.mergedCells);
    expect(big.ok).toBe(false);
    const validations = Array.from({ length: SHEET_STRUCTURE_LIMITS.rangedElements + 5 }, () => '<dataValidation sqref="A1"/>').join('');
    const many = preflightSheetXml(sheet(`<dataValidations>${validations}</dataValidations>`), 'S');
    expect(many.ok && (many.value.xml?.match(/<dataValidation /g) ?? []).length).toBe(SHEET_STRUCTURE_LIMITS.rangedElements);
  });

  it('refuses XML that is not well-formed or declares entities, naming the sheet', () => {
    const bomb =
      '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaa">]><worksheet><sheetData><row><c><v>&a;</v></c></row></sheetData></worksheet>';
    const result = preflightSheetXml(bomb, '2 Trust');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error).toMatchObject({ code: 'corrupt-workbook', problems: [{ where: '2 Trust', message: 'not well-formed XML' }] });
  });
});
