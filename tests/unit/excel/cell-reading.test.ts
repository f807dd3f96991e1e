import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellAt, labelOf, readDate, readText, type CellReader } from '@shared/excel/cells.ts';

/**
 * Reading a blank cell must not build one: ExcelJS's getCell creates the row and the cell it is asked for, and the
 * readers look at every blank cell of a form, so each import built hundreds of objects it then threw away.
 */
describe('reading cells', () => {
  it('reads blank and missing cells as blank without creating rows or cells', () => {
    const sheet = new ExcelJS.Workbook().addWorksheet('S');
    sheet.getCell('B2').value = 'kept';
    const reader: CellReader = { problems: [], warnings: [] };
    expect([labelOf(sheet, 'A1'), labelOf(sheet, 'C2'), labelOf(sheet, 'Z900')]).toEqual(['', '', '']);
    expect(readText(reader, sheet, 'D7', 10, 'x')).toBe('');
    expect(readDate(reader, sheet, 'AB12', 'x')).toBeNull();
    expect(cellAt(sheet, 'C2')).toBeUndefined();
    expect(sheet.rowCount).toBe(2);
    expect(sheet.findRow(1)).toBeUndefined();
    expect(sheet.getRow(2).cellCount).toBe(2);
    expect(reader.problems).toEqual([]);
  });

  it('finds a value by its address, and reads a merged cell other than the top-left one as blank', () => {
    const sheet = new ExcelJS.Workbook().addWorksheet('S');
    sheet.getCell('AB12').value = 'far';
    sheet.getCell('C8').value = '✓';
    sheet.mergeCells('C8:F8');
    expect(labelOf(sheet, 'AB12')).toBe('far');
    expect(cellAt(sheet, 'AB12')?.address).toBe('AB12');
    expect(['C8', 'D8', 'F8'].map((a) => labelOf(sheet, a))).toEqual(['✓', '', '']);
    // An address in another spelling still reads, through ExcelJS.
    expect(labelOf(sheet, '$AB$12')).toBe('far');
  });
});
