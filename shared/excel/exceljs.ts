import ExcelJS from 'exceljs';

/**
 * The one place that touches ExcelJS's byte interface. Its typings declare `load(buffer: Buffer)` and
 * `writeBuffer(): Promise<Buffer>`, where `Buffer` is its own stand-in interface extending ArrayBuffer; at run time
 * it takes any Uint8Array (JSZip reads it) and returns a Node Buffer or, in the browser build, a Uint8Array. The casts
 * stay in this file so the rest of shared/excel works on plain Uint8Array.
 */
export type Workbook = ExcelJS.Workbook;
export type Worksheet = ExcelJS.Worksheet;
export type Cell = ExcelJS.Cell;
export type CellValue = ExcelJS.CellValue;

/** The author every workbook the app writes names. */
export const WORKBOOK_CREATOR = 'Partnership Review';

/** A new workbook signed by the app. */
export function newWorkbook(): Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = WORKBOOK_CREATOR;
  workbook.lastModifiedBy = WORKBOOK_CREATOR;
  return workbook;
}

export async function loadWorkbook(bytes: Uint8Array): Promise<Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

export async function writeWorkbook(workbook: Workbook): Promise<Uint8Array> {
  const written = (await workbook.xlsx.writeBuffer()) as unknown as Uint8Array;
  return new Uint8Array(written.buffer, written.byteOffset, written.byteLength);
}
