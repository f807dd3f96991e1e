import { exportReviewWorkbook, exportTemplateWorkbook, importWorkbook } from '@shared/excel/index.ts';
import { loadWorkbook, writeWorkbook, type Workbook } from '@shared/excel/exceljs.ts';
import { idMaker, NOW, sampleBundle } from './sample.ts';

/** Opens an exported workbook (or the blank form), lets a test change it as a person would, and saves it again. */
export async function edited(edit: (wb: Workbook) => void, from: 'review' | 'template' = 'review'): Promise<Uint8Array> {
  const bytes = from === 'review' ? await exportReviewWorkbook(sampleBundle()) : await exportTemplateWorkbook();
  const wb = await loadWorkbook(bytes);
  edit(wb);
  return writeWorkbook(wb);
}

export function sheetOf(wb: Workbook, name: string) {
  const s = wb.getWorksheet(name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

export function importBytes(bytes: Uint8Array, fileName = 'edited.xlsx') {
  return importWorkbook(bytes, { fileName, newId: idMaker(), now: NOW });
}
