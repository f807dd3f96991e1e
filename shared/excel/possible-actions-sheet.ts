import type { Instrument } from '../instrument/schema.ts';
import type { Workbook } from './exceljs.ts';
import { bodyCell, finishSheet, headerCell, SHEETS, titleCell } from './layout.ts';

/** The bank of "Possible Actions You Might Take", one per row with its benchmark, for filtering and printing. */
export function writePossibleActionsSheet(workbook: Workbook, instrument: Instrument): void {
  const sheet = workbook.addWorksheet(SHEETS.possibleActions);
  sheet.columns = [{ width: 6 }, { width: 50 }, { width: 60 }];
  titleCell(sheet.getCell('A1'), instrument.headings.possibleActions);
  sheet.mergeCells('A1:C1');
  ['No.', instrument.headings.benchmark, instrument.headings.possibleActions].forEach((h, i) => headerCell(sheet.getCell(2, i + 1), h));
  let row = 3;
  for (const section of instrument.sections) {
    for (const benchmark of section.benchmarks) {
      for (const action of benchmark.possibleActions) {
        sheet.getCell(`A${row}`).value = benchmark.number;
        sheet.getCell(`B${row}`).value = benchmark.statement;
        sheet.getCell(`C${row}`).value = action.text;
        for (const c of ['A', 'B', 'C']) bodyCell(sheet.getCell(`${c}${row}`));
        row += 1;
      }
    }
  }
  sheet.autoFilter = `A2:C${row - 1}`;
  finishSheet(sheet, 2, 'C');
}
