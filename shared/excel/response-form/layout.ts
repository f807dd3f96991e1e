/**
 * Where a response form asks who is answering: the labels in column A of its Introduction, with the answer in column
 * B beside each. The writer (introduction-sheet.ts) and the reader (read.ts) both take them from here; rows are found
 * by label, so a person may insert rows above them.
 */
export const RESPONDENT_LABELS = {
  name: 'Your name',
  organisation: 'Your organisation',
  role: 'Your role',
} as const;
