/**
 * The area of a sheet that any workbook this app writes can use, and how much sheet structure a review form can
 * carry. The sheet pre-flight clips ranges to this area and refuses structures beyond these counts before ExcelJS,
 * which expands every range cell by cell, ever sees them.
 *
 * Why each bound is safe for real files:
 * - The review workbook and the blank form use at most 65 rows (the Possible actions bank) and 10 columns (A:J on a
 *   section sheet). The comparison workbook is the widest and longest thing the app writes: one column per compared
 *   review (at most MAX_COMPARED_REVIEWS = 200, so 202 columns with the number and statement) and an action register
 *   of at most 200 reviews × 21 benchmarks ≈ 4,300 rows. 256 columns (IV, the whole sheet in Excel 2003) and 10,000
 *   rows leave more than double that for anything a person adds around the form.
 * - Only decorations are clipped: merges, data validations, conditional formats, hyperlinks, column formats and the
 *   `dimension` hint. Cell values are never touched, so a whole-column validation or a merge running off to row
 *   1,048,576 (both come back from Excel on partners' copies) keeps importing and reads the same values.
 * - The review form merges 24 ranges at most (the Summary); 500 leaves room for a heavily formatted copy.
 * - After clipping, a range covers at most 256 × 10,000 cells; the budgets below bound the sum per sheet, so the
 *   objects ExcelJS creates stay in the hundreds of thousands whatever the file says. Whole-column validations on
 *   25 columns fit in the validation budget; the merge budget is lower because ExcelJS creates a cell object per
 *   merged cell (2.5 million took 40 s here) and the form's own merges cover under 300 cells.
 */
export const FORM_AREA = {
  lastRow: 10_000,
  lastColumn: 256,
} as const;

export const SHEET_STRUCTURE_LIMITS = {
  merges: 500,
  mergedCells: 20_000,
  /** Data validations, conditional formats and hyperlinks, each counted on its own. */
  rangedElements: 2_000,
  validatedCells: 250_000,
} as const;
