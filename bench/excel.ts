import ExcelJS from 'exceljs';
import { exportReviewWorkbook, importWorkbook } from '../shared/excel/index.ts';
import { fullBundle } from './lib/fixtures.ts';
import { measurePair, type Timing } from './lib/stats.ts';

/**
 * The app's Excel mapping against ExcelJS's own floor: writing the very same cell values with no layout, styles or
 * validation, and loading the same file with no reading of it.
 */

type Grid = { name: string; cells: [string, ExcelJS.CellValue][] }[];

/** Every non-empty cell value of the exported workbook, sheet by sheet: what the raw writer is given. */
async function valuesOf(bytes: Uint8Array): Promise<Grid> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets.map((ws) => {
    const cells: [string, ExcelJS.CellValue][] = [];
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (!cell.isMerged || cell.master.address === cell.address) cells.push([cell.address, cell.value]);
      }),
    );
    return { name: ws.name, cells };
  });
}

async function rawWrite(grid: Grid): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of grid) {
    const ws = wb.addWorksheet(sheet.name);
    for (const [address, value] of sheet.cells) ws.getCell(address).value = value;
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function rawLoad(bytes: Uint8Array): Promise<void> {
  await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer);
}

export interface ExcelResults {
  workbookBytes: number;
  cells: number;
  exportApp: Timing;
  exportRaw: Timing;
  exportRatio: number;
  importApp: Timing;
  importRaw: Timing;
  importRatio: number;
}

export async function benchExcel(): Promise<ExcelResults> {
  const bundle = fullBundle();
  const bytes = await exportReviewWorkbook(bundle);
  const grid = await valuesOf(bytes);
  const check = await importWorkbook(bytes, { fileName: 'bench.xlsx', newId: () => crypto.randomUUID(), now: new Date().toISOString() });
  if (!check.ok) throw new Error(`the bench workbook does not import: ${check.error.message}`);

  const exported = await measurePair(() => exportReviewWorkbook(bundle), () => rawWrite(grid));
  const ctx = { fileName: 'bench.xlsx', newId: () => crypto.randomUUID(), now: new Date().toISOString() };
  const imported = await measurePair(() => importWorkbook(bytes, ctx), () => rawLoad(bytes));
  return {
    workbookBytes: bytes.length,
    cells: grid.reduce((n, s) => n + s.cells.length, 0),
    exportApp: exported.a,
    exportRaw: exported.b,
    exportRatio: exported.ratio,
    importApp: imported.a,
    importRaw: imported.b,
    importRatio: imported.ratio,
  };
}
