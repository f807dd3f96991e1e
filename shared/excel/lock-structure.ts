import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/**
 * Locks a workbook's structure (no renaming, moving, adding or deleting sheets; no unhiding "_data"), without a
 * password. ExcelJS has no way to write `<workbookProtection>`, so the element is put into xl/workbook.xml of the
 * written file, where the schema wants it: after `<workbookPr>`, before `<bookViews>` (or `<sheets>` when ExcelJS writes no views).
 */
export function lockStructure(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const part = files['xl/workbook.xml'];
  if (!part) throw new Error('the written workbook has no xl/workbook.xml');
  const xml = strFromU8(part);
  const before = ['<bookViews>', '<sheets>'].find((tag) => xml.includes(tag));
  if (!before) throw new Error('the written workbook has no <sheets> to put the protection before');
  files['xl/workbook.xml'] = strToU8(xml.replace(before, `<workbookProtection lockStructure="1"/>${before}`));
  return zipSync(files, { level: 6 });
}
