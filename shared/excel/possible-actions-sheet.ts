import type { Instrument } from '../instrument/schema.ts';
import type { Workbook } from './exceljs.ts';
import { finishSheet, SHEETS } from './layout.ts';
import { LOOKS, wear } from './styles.ts';

/** The bank of "Possible Actions You Might Take", one per row with its benchmark, for filtering and printing. */
export function writePossibleActionsSheet(workbook: Workbook, instrument: Instrument): void {
  const sheet = workbook.addWorksheet(SHEETS.possibleActions);
  sheet.columns = [{ width: 6 }, { width: 50 }, { width: 60 }];
  const title = sheet.getCell('A1');
  title.value = instrument.headings.possibleActions;
  wear(title, LOOKS.title);
  sheet.mergeCells('A1:C1');
  const headings = sheet.getRow(2);
  ['No.', instrument.headings.benchmark, instrument.headings.possibleActions].forEach((h, i) => {
    const cell = headings.getCell(i + 1);
    cell.value = h;
    wear(cell, LOOKS.header);
  });
  let row = 3;
  for (const section of instrument.sections) {
    for (const benchmark of section.benchmarks) {
      for (const action of benchmark.possibleActions) {
        const cells = sheet.getRow(row);
        [benchmark.number, benchmark.statement, action.text].forEach((text, i) => {
          const cell = cells.getCell(i + 1);
          cell.value = text;
          wear(cell, LOOKS.body);
        });
        row += 1;
      }
    }
  }
  sheet.autoFilter = `A2:C${row - 1}`;
  finishSheet(sheet, 2, 'C');
}
