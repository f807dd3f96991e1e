import { describe, expect, it } from 'vitest';
import { newWorkbook } from '@shared/excel/exceljs.ts';
import { LOOKS, putStyledText, wear } from '@shared/excel/styles.ts';

describe('shared cell looks', () => {
  it('are built once per kind of cell and per rating level', () => {
    expect(LOOKS.tick('yes-working-well')).toBe(LOOKS.tick('yes-working-well'));
    expect(LOOKS.tick('yes-working-well')).not.toBe(LOOKS.tick('no-action-needed'));
    expect(LOOKS.rating('no-action-in-hand')).toBe(LOOKS.rating('no-action-in-hand'));
    expect(LOOKS.levelHeader('yes-needs-improving')).toBe(LOOKS.levelHeader('yes-needs-improving'));
  });

  it('refuse a later patch of one cell, which would restyle every cell sharing the look', () => {
    const sheet = newWorkbook().addWorksheet('x');
    const a = sheet.getCell('A1');
    const b = sheet.getCell('A2');
    putStyledText(a, 'one');
    wear(b, LOOKS.body);
    expect(a.style).toBe(b.style);
    expect(() => (a.font = { italic: true })).toThrow(TypeError);
    expect(() => ((a.alignment as { wrapText?: boolean }).wrapText = false)).toThrow(TypeError);
    expect(b.font).toBeUndefined();
    expect(b.alignment).toEqual({ wrapText: true, vertical: 'top', horizontal: 'left' });
  });

  it('puts user text in as a plain string, never a formula', () => {
    const cell = newWorkbook().addWorksheet('x').getCell('A1');
    putStyledText(cell, '=SUM(A1)\r\n');
    expect(cell.value).toBe('=SUM(A1)\n');
    expect(cell.style).toBe(LOOKS.body);
  });
});
