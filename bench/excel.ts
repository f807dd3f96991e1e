import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { exportReviewWorkbook, importWorkbook } from '@shared/excel/index.ts';
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

/** Issue 8's 23 kB merge bomb: one merge from E100 to the last cell of the sheet, added to a section sheet. */
function mergeBomb(bytes: Uint8Array): Uint8Array {
  const parts = unzipSync(bytes);
  const sheet = 'xl/worksheets/sheet3.xml';
  parts[sheet] = strToU8(strFromU8(parts[sheet]!).replace('</mergeCells>', '<mergeCell ref="E100:XFD1048576"/></mergeCells>'));
  return zipSync(parts);
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
  bombBytes: number;
  refuseBomb: Timing;
  /** Refusing the merge bomb against importing the honest workbook: the pre-flight answers before ExcelJS runs. */
  refuseRatio: number;
}

export async function benchExcel(): Promise<ExcelResults> {
  const bundle = fullBundle();
  const bytes = await exportReviewWorkbook(bundle);
  const grid = await valuesOf(bytes);
  const check = await importWorkbook(bytes, { fileName: 'bench.xlsx', newId: () => crypto.randomUUID(), now: new Date().toISOString() });
  if (!check.ok) throw new Error(`the bench workbook does not import: ${check.error.message}`);

  const exported = await measurePair(
    () => exportReviewWorkbook(bundle),
    () => rawWrite(grid),
  );
  const ctx = { fileName: 'bench.xlsx', newId: () => crypto.randomUUID(), now: new Date().toISOString() };
  const imported = await measurePair(
    () => importWorkbook(bytes, ctx),
    () => rawLoad(bytes),
  );
  const bomb = mergeBomb(bytes);
  const refusal = await importWorkbook(bomb, ctx);
  if (refusal.ok) throw new Error('the merge bomb was not refused');
  const refused = await measurePair(
    () => importWorkbook(bomb, ctx),
    () => importWorkbook(bytes, ctx),
  );
  return {
    workbookBytes: bytes.length,
    cells: grid.reduce((n, s) => n + s.cells.length, 0),
    exportApp: exported.a,
    exportRaw: exported.b,
    exportRatio: exported.ratio,
    importApp: imported.a,
    importRaw: imported.b,
    importRatio: imported.ratio,
    bombBytes: bomb.length,
    refuseBomb: refused.a,
    refuseRatio: refused.ratio,
  };
}
