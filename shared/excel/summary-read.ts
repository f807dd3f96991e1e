import { LIMITS, type ReviewStatus } from '../model/review.ts';
import { labelOf, readDate, readText, shown, where, type CellReader } from './cells.ts';
import type { Worksheet } from './exceljs.ts';
import { SCORES_HEADING, STATUS_LABELS, SUMMARY_LABELS } from './summary-layout.ts';

export interface SummaryRead {
  partnership: string;
  partners: string;
  partnershipNotes: string;
  title: string;
  date: string | null;
  facilitator: string;
  /** The raw one-per-line text; the caller decides between it and the exact list kept in "_data". */
  participants: string;
  status: ReviewStatus | null;
  formVersion: number | null;
  /** Cells the values came from, for messages about them. */
  at: Partial<Record<keyof typeof SUMMARY_LABELS, string>>;
}

const byLabel = new Map(Object.entries(SUMMARY_LABELS).map(([key, label]) => [label.toLowerCase(), key as keyof typeof SUMMARY_LABELS]));

/** Each value sits in column B beside its label in column A; rows may have been moved or inserted. */
export function readSummarySheet(reader: CellReader, sheet: Worksheet): SummaryRead {
  const out: SummaryRead = {
    partnership: '',
    partners: '',
    partnershipNotes: '',
    title: '',
    date: null,
    facilitator: '',
    participants: '',
    status: null,
    formVersion: null,
    at: {},
  };
  const last = Math.min(sheet.rowCount, 200);
  for (let r = 1; r <= last; r += 1) {
    const label = labelOf(sheet, `A${r}`).toLowerCase();
    if (label === SCORES_HEADING.toLowerCase()) break;
    const key = byLabel.get(label);
    if (!key || out.at[key]) continue;
    const address = `B${r}`;
    out.at[key] = address;
    const read = (max: number, what: string) => readText(reader, sheet, address, max, what);
    switch (key) {
      case 'partnership':
        out.partnership = read(LIMITS.shortText, 'the partnership name').trim();
        break;
      case 'partners':
        out.partners = read(LIMITS.longText * 6, 'the partners');
        break;
      case 'partnershipNotes':
        out.partnershipNotes = read(LIMITS.longText, 'the partnership notes');
        break;
      case 'title':
        out.title = read(LIMITS.shortText, 'the review title');
        break;
      case 'date':
        out.date = readDate(reader, sheet, address, 'the review date');
        break;
      case 'facilitator':
        out.facilitator = read(LIMITS.shortText, 'the facilitator');
        break;
      case 'participants':
        out.participants = read(LIMITS.longText * 6, 'the participants');
        break;
      case 'status': {
        const text = read(LIMITS.shortText, 'the status').trim().toLowerCase();
        const status = (Object.keys(STATUS_LABELS) as ReviewStatus[]).find((s) => STATUS_LABELS[s].toLowerCase() === text);
        if (status) out.status = status;
        else if (text !== '')
          reader.problems.push({ where: where(sheet, address), message: `the status must be Draft or Final, not "${shown(text)}"` });
        break;
      }
      case 'formVersion': {
        const version = Number(labelOf(sheet, address));
        if (Number.isInteger(version) && version > 0) out.formVersion = version;
        break;
      }
      case 'form':
        break;
    }
  }
  return out;
}
