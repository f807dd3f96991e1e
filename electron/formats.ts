import {
  exportComparisonWorkbook,
  exportReviewWorkbook,
  exportTemplateWorkbook,
  importWorkbook,
  workbookFileName,
} from '../shared/excel/index.ts';
import { parseLibraryFile, serializeLibrary } from '../shared/files/library-file.ts';
import { parseReviewFile, serializeReviewFile } from '../shared/files/review-file.ts';
import type { Formats } from './handlers.ts';

/** The real file formats; main.ts imports this module lazily so ExcelJS loads on the first file command. */
export const formats: Formats = {
  exportReviewWorkbook,
  exportTemplateWorkbook,
  exportComparisonWorkbook,
  importWorkbook,
  workbookFileName,
  serializeReviewFile,
  parseReviewFile,
  serializeLibrary,
  parseLibraryFile,
};
