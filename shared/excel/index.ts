/**
 * The Excel side of the app: the only module that imports ExcelJS. The renderer loads it lazily
 * (`await import('shared/excel/index.ts')`) so ExcelJS stays out of the first bundle; the Electron main process and
 * the command line call it directly. Everything works on bytes: no file system here.
 */
export { exportReviewWorkbook, exportTemplateWorkbook } from './export.ts';
export { WORKBOOK_CREATOR } from './exceljs.ts';
export { importWorkbook, type ImportContext } from './import.ts';
export { WORKBOOK_LIMITS } from './limits.ts';
export { exportComparisonWorkbook, COMPARISON_SHEETS, MAX_COMPARED_REVIEWS } from './comparison/index.ts';
