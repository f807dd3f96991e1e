/**
 * The Excel side of the app: the only module that imports ExcelJS. The renderer loads it lazily
 * (`await import('shared/excel/index.ts')`) so ExcelJS stays out of the first bundle; the Electron main process and
 * the command line call it directly. Everything works on bytes: no file system here.
 */
export { exportReviewWorkbook, exportTemplateWorkbook } from './export.ts';
export { importWorkbook } from './import.ts';
export { exportComparisonWorkbook, COMPARISON_SHEETS } from './comparison/index.ts';
export { exportPortfolioWorkbook } from './portfolio/index.ts';
