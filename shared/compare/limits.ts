/**
 * As many reviews as one comparison takes (the bridge accepts the same): each review adds a column to three sheets of
 * the comparison workbook, which ExcelJS builds in memory. Kept apart from the workbook code so that callers such as
 * the command line can check it without loading ExcelJS.
 */
export const MAX_COMPARED_REVIEWS = 200;
