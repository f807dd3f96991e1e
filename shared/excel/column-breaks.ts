import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Workbook } from './exceljs.ts';
import { columnBreaks } from './print.ts';

/**
 * Puts the manual column breaks finishSheet asked for into the written file. ExcelJS writes row breaks but not column
 * breaks, and without one Excel (whose column unit is narrower than LibreOffice's) would split a wide sheet somewhere
 * else than LibreOffice does. `<colBreaks>` follows `<headerFooter>` (and `<rowBreaks>`) in the sheet's schema; each
 * break's id is the number of columns before it.
 */
export function addColumnBreaks(workbook: Workbook, bytes: Uint8Array): Uint8Array {
  const wanted = workbook.worksheets.flatMap((sheet) => {
    const starts = columnBreaks.get(sheet);
    return starts && starts.length > 0 ? [{ part: `xl/worksheets/sheet${sheet.id}.xml`, starts }] : [];
  });
  if (wanted.length === 0) return bytes;
  const files = unzipSync(bytes);
  for (const { part, starts } of wanted) {
    const file = files[part];
    if (!file) throw new Error(`the written workbook has no ${part}`);
    const xml = strFromU8(file);
    const after = ['</rowBreaks>', '</headerFooter>'].find((tag) => xml.includes(tag));
    if (!after) throw new Error(`${part} has no page header to put the column breaks after`);
    const breaks = starts.map((start) => `<brk id="${start - 1}" max="1048575" man="1"/>`).join('');
    const element = `<colBreaks count="${starts.length}" manualBreakCount="${starts.length}">${breaks}</colBreaks>`;
    files[part] = strToU8(xml.replace(after, `${after}${element}`));
  }
  return zipSync(files, { level: 6 });
}
