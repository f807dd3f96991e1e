import { describe, expect, it } from 'vitest';
import { currentInstrument } from '@shared/instrument/catalogue.ts';
import type { Worksheet } from '@shared/excel/exceljs.ts';
import { edited, importBytes, sheetOf } from '../excel/edit.ts';
import { checkError } from './support/outcome.ts';

/** Bugs the fuzzer found, each reduced to the smallest workbook that showed it. */

const HUGE = 'A'.repeat(100_000);

function rowOf(sheet: Worksheet, column: string, text: string): number {
  for (let r = 1; r <= sheet.rowCount; r += 1) if (String(sheet.getCell(`${column}${r}`).value ?? '').trim() === text) return r;
  throw new Error(`no row with "${text}" in column ${column} of ${sheet.name}`);
}

describe('fuzz regressions', () => {
  it('a huge text in a factor mark, an action status or a due date is named in a short message, not echoed whole', async () => {
    const section = currentInstrument.sections[0]!;
    const bytes = await edited((wb) => {
      const sheet = sheetOf(wb, '1 Leadership');
      sheet.getCell(`A${rowOf(sheet, 'B', section.factors[0]!.text)}`).value = HUGE;
      sheet.getCell(`I${rowOf(sheet, 'A', section.benchmarks[0]!.number)}`).value = HUGE;
      const plan = sheetOf(wb, 'Action plan');
      plan.getCell(`G${rowOf(plan, 'A', section.benchmarks[0]!.number)}`).value = HUGE;
    });
    const result = await importBytes(bytes);
    if (result.ok) throw new Error('expected the import to fail');
    const wheres = (result.error.problems ?? []).map((p) => p.where);
    expect(wheres).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^1 Leadership!A\d+$/),
        expect.stringMatching(/^1 Leadership!I\d+$/),
        expect.stringMatching(/^Action plan!G\d+$/),
      ]),
    );
    for (const p of result.error.problems ?? []) expect(p.message.length).toBeLessThan(400);
    expect(() => checkError(result.error)).not.toThrow();
  });
});
