import type { FormContent } from './content.ts';
import { pageHeadingOf } from './content.ts';
import type { Workbook } from './exceljs.ts';
import { SHEETS, sectionSheetName } from './layout.ts';
import { finishSheet } from './print.ts';
import { protectForm } from './section-sheet.ts';
import { SUMMARY_LABELS } from './summary-layout.ts';
import { LOOKS, wear } from './styles.ts';
import { RESPONDENT_LABELS } from './response-form/layout.ts';
import { cellText, CROSS, isoToDate, joinLines, TICK } from './text.ts';

/**
 * The blank form's first page, in place of the Summary a blank form has nothing to sum: the partnership's details
 * (labelled as on the Summary, so the import reads them the same way), the paper form's own introduction, and how to
 * fill the form in, on screen or on paper.
 */
export function writeIntroductionSheet(workbook: Workbook, content: FormContent): void {
  const { instrument } = content;
  const sheet = workbook.addWorksheet(SHEETS.introduction);
  // Portrait: two columns of text fill the page at full size.
  sheet.columns = [{ width: 18 }, { width: 58 }];
  const put = (row: number, text: string, style: Parameters<typeof wear>[1], merge = true) => {
    const cell = sheet.getCell(`A${row}`);
    cell.value = text;
    wear(cell, style);
    if (merge) sheet.mergeCells(`A${row}:B${row}`);
  };
  put(1, `${instrument.publisher} · ${instrument.name}`, LOOKS.title);
  sheet.getRow(1).height = 26;
  put(2, instrument.subtitle, LOOKS.italic);

  let row = 4;
  const field = (label: string, value: string | number = '', fill = true) => {
    const labelled = sheet.getCell(`A${row}`);
    labelled.value = label;
    wear(labelled, LOOKS.label);
    const cell = sheet.getCell(`B${row}`);
    if (value !== '') cell.value = typeof value === 'string' ? cellText(value) : value;
    wear(cell, fill ? LOOKS.fillIn : LOOKS.body);
    sheet.getRow(row).height = fill ? 24 : 18;
    row += 1;
  };
  // A response form asks who is answering first, and names the partnership and review it was sent for.
  const { respondent, partnership, review } = content;
  if (respondent) {
    field(RESPONDENT_LABELS.name, respondent.name);
    field(RESPONDENT_LABELS.organisation, respondent.organisation);
    field(RESPONDENT_LABELS.role, respondent.role);
    row += 1;
  }
  field(SUMMARY_LABELS.partnership, partnership.name);
  field(SUMMARY_LABELS.partners, joinLines(partnership.partners));
  field(SUMMARY_LABELS.partnershipNotes);
  field(SUMMARY_LABELS.title, review.title);
  const dateRow = row;
  field(SUMMARY_LABELS.date);
  if (review.date) sheet.getCell(`B${dateRow}`).value = isoToDate(review.date);
  wear(sheet.getCell(`B${dateRow}`), LOOKS.fillInDate);
  field(SUMMARY_LABELS.facilitator, review.facilitator);
  field(SUMMARY_LABELS.participants);
  field(SUMMARY_LABELS.form, `${instrument.publisher} · ${instrument.name}`, false);
  field(SUMMARY_LABELS.formVersion, instrument.version, false);
  wear(sheet.getCell(`B${row - 1}`), LOOKS.leftAligned);

  row += 1;
  put(row++, instrument.introduction, LOOKS.prose);
  put(row++, instrument.sectionsLead, LOOKS.lead);
  for (const section of instrument.sections) {
    const name = sheet.getCell(`A${row}`);
    name.value = `${section.number} ${section.title}`;
    wear(name, LOOKS.label);
    const aim = sheet.getCell(`B${row}`);
    aim.value = section.aim;
    wear(aim, LOOKS.aim);
    row += 1;
  }

  row += 1;
  put(row++, 'How to fill in this form', LOOKS.lead);
  const steps = [
    'Write your partnership’s details in the boxes above.',
    `On each section’s sheet (${instrument.sections.map((s) => sectionSheetName(s)).join(', ')}), read each benchmark and mark one of the four rating columns, from “${instrument.ratingLevels[0]!.label}” to “${instrument.ratingLevels[instrument.ratingLevels.length - 1]!.label}”. Mark one column only for each benchmark: on paper, tick the box; on screen, choose ${TICK} from the list (or type x).`,
    `Where action is needed, write what should be done under “${instrument.headings.actionNeeded}” and who should do it under “${instrument.headings.byWhom}”.`,
    `Under “${instrument.headings.factorsQuestion}”, mark each typical factor: ${TICK} if your partnership needs to address it, ${CROSS} if it does not.`,
    `For ideas, the “${SHEETS.possibleActions}” sheet lists the ${instrument.headings.possibleActions} for each benchmark.`,
  ];
  steps.forEach((text, i) => {
    const number = sheet.getCell(`A${row}`);
    number.value = `${i + 1}.`;
    wear(number, LOOKS.label);
    const step = sheet.getCell(`B${row}`);
    step.value = text;
    wear(step, LOOKS.prose);
    row += 1;
  });

  finishSheet(sheet, 2, 'B', { heading: pageHeadingOf(content), orientation: 'portrait' });
  protectForm(sheet);
}
