import { answerOf } from '../model/review.ts';
import { heatmapOf } from '../respondents/heatmap.ts';
import { meanConsensus } from '../respondents/spread.ts';
import { pageHeadingOf, type AgreementContent, type FormContent } from './content.ts';
import type { Cell, Workbook } from './exceljs.ts';
import { SHEETS } from './layout.ts';
import { finishSheet } from './print.ts';
import {
  heatText,
  RESPONDENTS_HEADER_ROW as HEADER_ROW,
  RESPONDENTS_LABELS as LABELS,
  RESPONDENTS_SECTION_ROW as SECTION_ROW,
  RESPONDENTS_WIDTHS as WIDTHS,
  responsesText,
} from './respondents-layout.ts';
import { NO_CONSENSUS } from './section-layout.ts';
import { LOOKS, putStyledText, wear, type Look } from './styles.ts';
import type { RatingLevelId } from '../instrument/schema.ts';

/**
 * The heat map: one row per respondent, grouped by organisation, one column per benchmark. Each cell names the level
 * in words and wears its colour (so it reads without colour too); under each organisation its middle rating per
 * benchmark, or "fewer than N responses" when the group is smaller than the review's minimum group size; then the
 * agreed rating and the consensus per benchmark, and the consensus per section. Rows, names and notes are the heat
 * map's (respondents/heatmap.ts), as on screen: an anonymous review shows "Respondent n" and no row of a group smaller
 * than the minimum. A view of "_data", which is what the import reads.
 */

/** What fits across A4 landscape at 90 % (2.5 mm a unit, print.ts), so each printed page holds whole sections. */
const PAGE_UNITS = 124;

export function writeRespondentsSheet(workbook: Workbook, content: FormContent, agreement: AgreementContent): void {
  const { instrument, review } = content;
  const sheet = workbook.addWorksheet(SHEETS.respondents);
  const benchmarks = instrument.sections.flatMap((section) => section.benchmarks.map((benchmark) => ({ section, benchmark })));
  const first = 2;
  const consensusColumn = first + benchmarks.length;
  sheet.columns = [{ width: WIDTHS.label }, ...benchmarks.map(() => ({ width: WIDTHS.benchmark })), { width: WIDTHS.consensus }];
  const letter = (column: number) => sheet.getColumn(column).letter;
  const last = letter(consensusColumn);

  // Column A prints again at the left of every page, so the title fits in it rather than being merged (and cut) across.
  const title = sheet.getCell('A1');
  title.value = LABELS.title;
  wear(title, LOOKS.title);
  sheet.getRow(1).height = 26;

  // Section bands over their benchmark columns, then the benchmark numbers; whole sections to a printed page.
  let column = first;
  const pages: [number, number][] = [];
  let pageWidth = WIDTHS.label;
  for (const section of instrument.sections) {
    const from = column;
    const to = column + section.benchmarks.length - 1;
    const lastSection = section === instrument.sections.at(-1);
    const width = section.benchmarks.length * WIDTHS.benchmark + (lastSection ? WIDTHS.consensus : 0);
    if (pages.length === 0 || pageWidth + width > PAGE_UNITS) {
      pages.push([from, to]);
      pageWidth = WIDTHS.label;
    }
    pages[pages.length - 1]![1] = lastSection ? consensusColumn : to;
    pageWidth += width;
    const band = sheet.getCell(SECTION_ROW, from);
    band.value = `${section.number} ${section.title}`;
    wear(band, LOOKS.sectionHeader);
    if (to > from) sheet.mergeCells(SECTION_ROW, from, SECTION_ROW, to);
    column = to + 1;
  }
  wear(sheet.getCell(SECTION_ROW, 1), LOOKS.sectionHeader);
  wear(sheet.getCell(SECTION_ROW, consensusColumn), LOOKS.sectionHeader);
  const headings = sheet.getRow(HEADER_ROW);
  const heading = (col: number, text: string) => {
    const cell = headings.getCell(col);
    cell.value = text;
    wear(cell, LOOKS.header);
  };
  heading(1, LABELS.respondent);
  benchmarks.forEach(({ benchmark }, i) => heading(first + i, benchmark.number));
  heading(consensusColumn, LABELS.consensus);
  headings.height = 20;

  const level = (cell: Cell, id: RatingLevelId | null | undefined, strong = false) => {
    if (!id) return wear(cell, LOOKS.centre);
    cell.value = heatText(id);
    wear(cell, strong ? LOOKS.movedRating(id) : LOOKS.keptRating(id));
  };
  const percent = (cell: Cell, value: number | null, bold = false) => {
    if (value === null) {
      cell.value = NO_CONSENSUS;
      wear(cell, LOOKS.mutedCentre);
    } else {
      cell.value = value;
      wear(cell, bold ? LOOKS.percentBold : LOOKS.percent);
    }
  };
  // The same table the screen draws (respondents/heatmap.ts), in form order: which rows, medians and notes a group
  // shows is decided there once, so an anonymous review's small groups lose their rows here exactly as on screen.
  const map = heatmapOf(
    { respondents: agreement.respondents, anonymous: agreement.anonymous, minGroupSize: agreement.minGroupSize, answers: review.answers },
    instrument,
  );
  let row = HEADER_ROW + 1;
  for (const group of map.groups) {
    const band = sheet.getCell(row, 1);
    // A hidden group's size is not given: "1 response" would say as much as the row it replaces.
    band.value = group.hidden
      ? group.organisation || LABELS.noOrganisation
      : `${group.organisation || LABELS.noOrganisation} (${responsesText(group.size)})`;
    wear(band, LOOKS.sectionName);
    // Not merged across: a merge would be cut at the page break; each cell wears the band instead.
    for (let c = first; c <= consensusColumn; c += 1) wear(sheet.getCell(row, c), LOOKS.sectionBand);
    row += 1;
    for (const person of group.rows) {
      putStyledText(sheet.getCell(row, 1), person.label);
      person.cells.forEach((cell, i) => level(sheet.getCell(row, first + i), cell));
      wear(sheet.getCell(row, consensusColumn), LOOKS.centre);
      row += 1;
    }
    putStyledText(sheet.getCell(row, 1), LABELS.median, LOOKS.bodyBold);
    if (group.note !== null) {
      // Said once on each printed page, so no page shows an organisation's row without the reason it is empty.
      const note = group.note;
      pages.forEach(([from, to]) => {
        putStyledText(sheet.getCell(row, from), note, LOOKS.mutedCentre);
        if (to > from) sheet.mergeCells(row, from, row, to);
      });
    } else {
      (group.medians ?? []).forEach((median, i) => level(sheet.getCell(row, first + i), median, true));
      percent(sheet.getCell(row, consensusColumn), group.consensus, true);
    }
    row += 1;
  }

  const everyone = map.columns.map((c) => c.spread);
  putStyledText(sheet.getCell(row, 1), LABELS.agreed, LOOKS.bodyBold);
  benchmarks.forEach(({ benchmark }, i) => {
    const answer = answerOf(review, benchmark.id);
    const cell = sheet.getCell(row, first + i);
    if (answer.noAgreement) putStyledText(cell, LABELS.noAgreement, LOOKS.mutedCentre);
    else level(cell, answer.rating, true);
  });
  wear(sheet.getCell(row, consensusColumn), LOOKS.centre);
  row += 1;
  putStyledText(sheet.getCell(row, 1), LABELS.consensus, LOOKS.bodyBold);
  everyone.forEach((s, i) => percent(sheet.getCell(row, first + i), s.consensus));
  percent(sheet.getCell(row, consensusColumn), meanConsensus(everyone), true);
  row += 2;

  // Below the map, from column B: column A prints again on every page, and these rows belong to the first page only.
  const [, firstPageEnd] = pages[0]!;
  const below = (text: string, look: Look, to = firstPageEnd) => {
    const cell = sheet.getCell(row, first);
    cell.value = text;
    wear(cell, look);
    if (to > first) sheet.mergeCells(row, first, row, to);
  };
  const nameTo = first + 3;
  below(LABELS.bySection, LOOKS.header, nameTo);
  const bySectionHeading = sheet.getCell(row, nameTo + 1);
  bySectionHeading.value = LABELS.consensus;
  wear(bySectionHeading, LOOKS.header);
  sheet.mergeCells(row, nameTo + 1, row, nameTo + 2);
  row += 1;
  const sectionRow = (name: string, value: number | null, bold: boolean) => {
    below(name, bold ? LOOKS.bodyBold : LOOKS.body, nameTo);
    percent(sheet.getCell(row, nameTo + 1), value, bold);
    sheet.mergeCells(row, nameTo + 1, row, nameTo + 2);
    row += 1;
  };
  for (const section of instrument.sections)
    sectionRow(
      `${section.number} ${section.title}`,
      meanConsensus(everyone.filter((_, i) => benchmarks[i]!.section.id === section.id)),
      false,
    );
  sectionRow(LABELS.overall, meanConsensus(everyone), true);
  row += 1;

  below(LABELS.howToRead, LOOKS.label);
  row += 1;
  for (const line of [
    'Each cell is that respondent’s own rating, in words and in the level’s colour; a blank cell was not rated.',
    `Consensus (Tastle–Wierman): 100 % when everyone gives the same level, 0 % when they split evenly between the two extremes; ${NO_CONSENSUS} when nobody rated.`,
    `An organisation’s middle rating is shown only when it has at least ${agreement.minGroupSize} responses.`,
    ...(agreement.anonymous ? ['This review is anonymous: respondents are numbered, not named.'] : []),
    'The respondents themselves are kept in the workbook’s hidden data, which is what the app reads back: edits on this sheet are not read.',
  ]) {
    below(line, LOOKS.note);
    row += 1;
  }

  finishSheet(sheet, HEADER_ROW, last, {
    heading: pageHeadingOf(content),
    pages: { repeat: 'A', starts: pages.slice(1).map(([from]) => letter(from)) },
  });
  // Names stay in view while scrolling across the benchmarks.
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: HEADER_ROW, topLeftCell: `B${HEADER_ROW + 1}`, activeCell: `B${HEADER_ROW + 1}` }];
}
