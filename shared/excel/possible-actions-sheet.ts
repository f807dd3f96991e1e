import type { Instrument } from '../instrument/schema.ts';
import type { Workbook } from './exceljs.ts';
import { SHEETS } from './layout.ts';
import { finishSheet, type PageHeading } from './print.ts';
import { protectForm } from './section-sheet.ts';
import { LOOKS, wear } from './styles.ts';

/**
 * The bank of "Possible Actions You Might Take" as on the paper form: one block per section, each benchmark stated
 * once with its actions listed under it. Portrait, since two columns fill a portrait page at full size.
 */
export function writePossibleActionsSheet(workbook: Workbook, instrument: Instrument, heading: PageHeading, protect: boolean): void {
  const sheet = workbook.addWorksheet(SHEETS.possibleActions);
  sheet.columns = [{ width: 5 }, { width: 72 }];
  const title = sheet.getCell('A1');
  title.value = instrument.headings.possibleActions;
  wear(title, LOOKS.title);
  sheet.mergeCells('A1:B1');
  sheet.getRow(1).height = 26;
  const headings = sheet.getRow(2);
  ['No.', `${instrument.headings.benchmark} / ${instrument.headings.possibleActions}`].forEach((h, i) => {
    const cell = headings.getCell(i + 1);
    cell.value = h;
    wear(cell, LOOKS.header);
  });
  let row = 3;
  for (const section of instrument.sections) {
    const band = sheet.getCell(row, 1);
    band.value = `${section.number} ${section.title}`;
    wear(band, LOOKS.sectionHeader);
    sheet.mergeCells(row, 1, row, 2);
    sheet.getRow(row).height = 20;
    row += 1;
    for (const benchmark of section.benchmarks) {
      const number = sheet.getCell(row, 1);
      number.value = benchmark.number;
      wear(number, LOOKS.bodyBold);
      const statement = sheet.getCell(row, 2);
      statement.value = benchmark.statement;
      wear(statement, LOOKS.bodyBold);
      row += 1;
      for (const action of benchmark.possibleActions) {
        wear(sheet.getCell(row, 1), LOOKS.body);
        const cell = sheet.getCell(row, 2);
        cell.value = action.text;
        wear(cell, LOOKS.body);
        row += 1;
      }
    }
  }
  finishSheet(sheet, 2, 'B', { heading, orientation: 'portrait' });
  if (protect) protectForm(sheet);
}
