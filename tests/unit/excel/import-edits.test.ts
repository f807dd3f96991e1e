import { describe, expect, it } from 'vitest';
import { exportReviewWorkbook } from '@shared/excel/index.ts';
import { loadWorkbook, writeWorkbook, type Worksheet } from '@shared/excel/exceljs.ts';
import { edited, importBytes, sheetOf } from './edit.ts';
import { NOW, sampleBundle } from './sample.ts';

async function imported(bytes: Uint8Array) {
  const result = await importBytes(bytes);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

/** Column letters of the four ratings, in level order. */
const LEVELS = ['C', 'D', 'E', 'F'] as const;

function mark(sheet: Worksheet, row: number, level: number, value: string) {
  sheet.getCell(`${LEVELS[level]}${row}`).value = value;
}

describe('a blank form filled in by a person', () => {
  it('takes x, X, ✓, yes or any other text in one rating column as the rating', async () => {
    const bytes = await edited((wb) => {
      const s = sheetOf(wb, '1 Leadership');
      mark(s, 4, 0, 'x');
      mark(s, 5, 1, 'X');
      mark(s, 6, 2, '✓');
      mark(s, 7, 3, 'yes');
      mark(s, 8, 0, 'this one');
      sheetOf(wb, 'Introduction').getCell('B4').value = 'Eastfield Partnership';
      sheetOf(wb, 'Introduction').getCell('B5').value = 'Eastfield College\n\nEastfield Council  ';
    }, 'template');
    const { bundle, fromApp, warnings } = await imported(bytes);
    expect(fromApp).toBe(false);
    expect(bundle.partnership.name).toBe('Eastfield Partnership');
    expect(bundle.partnership.partners).toEqual(['Eastfield College', 'Eastfield Council']);
    expect(bundle.partnership.createdAt).toBe(NOW);
    expect(bundle.review.date).toBe(NOW.slice(0, 10));
    expect(warnings).toEqual([
      { where: 'Introduction!B7', message: 'no review title; "edited" is used' },
      { where: 'Introduction!B8', message: `no review date; today (${NOW.slice(0, 10)}) is used` },
    ]);
    const ratings = Object.fromEntries(Object.entries(bundle.review.answers).map(([id, a]) => [id, a.rating]));
    expect(ratings).toEqual({
      'leadership-common-vision': 'no-action-needed',
      'leadership-added-value': 'no-action-in-hand',
      'leadership-willing-to-change': 'yes-needs-improving',
      'leadership-engender-support': 'yes-working-well',
      'leadership-aligned-objectives': 'no-action-needed',
    });
  });

  it('reads typical factors marked ✓, yes, x, ✗ or no, and ignores a blank or a space', async () => {
    const bytes = await edited((wb) => {
      const s = sheetOf(wb, '2 Trust');
      // 2 Trust has six benchmarks (rows 4–9), a blank row, the question on row 11, factors from row 12.
      ['✓', 'yes', 'x', '✗', 'No', ' '].forEach((v, i) => (s.getCell(`A${12 + i}`).value = v));
    }, 'template');
    const { bundle } = await imported(bytes);
    expect(bundle.review.factors.trust?.marks).toEqual({
      'trust-f1': 'tick',
      'trust-f2': 'tick',
      'trust-f3': 'cross',
      'trust-f4': 'cross',
      'trust-f5': 'cross',
    });
  });
});

describe('cells as Excel and LibreOffice leave them', () => {
  it("reads a formula's cached result and never evaluates it", async () => {
    const bytes = await edited((wb) => {
      const s = sheetOf(wb, '3 Learning');
      s.getCell('F4').value = { formula: 'IF(TRUE,"x","")', result: 'x' };
      // An evaluator would give 7; the file says "ask Sam", so that is what a person saw.
      s.getCell('G4').value = { formula: '3+4', result: 'ask Sam' };
      s.getCell('I4').value = { formula: 'DATE(2025,6,30)', result: 45838 };
      s.getCell('G5').value = { formula: 'NOW()' } as never;
    });
    const { bundle } = await imported(bytes);
    expect(bundle.review.answers['learning-continuous-improvement']).toMatchObject({
      rating: 'yes-working-well',
      actionNeeded: 'ask Sam',
      dueDate: '2025-06-30',
    });
    expect(bundle.review.answers['learning-periodic-review']?.actionNeeded).toBe('');
  });

  it('joins rich text runs into plain text', async () => {
    const bytes = await edited((wb) => {
      sheetOf(wb, '2 Trust').getCell('G4').value = {
        richText: [
          { text: 'Hold a ', font: { bold: true } },
          { text: 'joint away day', font: { italic: true } },
        ],
      };
    });
    const { bundle } = await imported(bytes);
    expect(bundle.review.answers['trust-mutual-accountability']?.actionNeeded).toBe('Hold a joint away day');
  });

  it("gives a hyperlink's text, and names a cell that shows an error value", async () => {
    const bytes = await edited((wb) => {
      const s = sheetOf(wb, '2 Trust');
      s.getCell('G5').value = { text: 'see the protocol', hyperlink: 'https://example.org/protocol' };
      s.getCell('H5').value = { error: '#N/A' } as never;
    });
    const result = await importBytes(bytes);
    expect(!result.ok && result.error.problems).toEqual([{ where: '2 Trust!H5', message: 'By Whom? for 2.2 shows the error #N/A' }]);
    const fixed = await edited((wb) => {
      sheetOf(wb, '2 Trust').getCell('G5').value = { text: 'see the protocol', hyperlink: 'https://example.org/protocol' };
    });
    expect((await imported(fixed)).bundle.review.answers['trust-respect-differences']?.actionNeeded).toBe('see the protocol');
  });

  it('counts a mark in merged rating cells once, in the first cell of the merge', async () => {
    const bytes = await edited((wb) => {
      const s = sheetOf(wb, '4 Managing for Performance');
      s.getCell('E4').value = 'x';
      s.mergeCells('E4:F4');
    });
    const { bundle } = await imported(bytes);
    expect(bundle.review.answers['managing-for-performance-structure-fits-purpose']?.rating).toBe('yes-needs-improving');
  });

  it('reads due dates as date cells, Excel serial numbers, dd/mm/yyyy or yyyy-mm-dd text', async () => {
    const bytes = await edited((wb) => {
      const s = sheetOf(wb, '2 Trust');
      s.getCell('I4').value = new Date(Date.UTC(2025, 4, 1));
      s.getCell('I5').value = 45800;
      s.getCell('I7').value = '31/12/2025';
      s.getCell('I8').value = '2026-01-15';
      s.getCell('I9').value = '1/2/2026';
    });
    const { bundle } = await imported(bytes);
    const due = (id: string) => bundle.review.answers[id]?.dueDate;
    expect([
      due('trust-mutual-accountability'),
      due('trust-respect-differences'),
      due('trust-communications'),
      due('trust-fair-sharing'),
      due('trust-equal-say'),
    ]).toEqual(['2025-05-01', '2025-05-23', '2025-12-31', '2026-01-15', '2026-02-01']);
  });

  it('rejects an impossible date such as 31/02/2025', async () => {
    const bytes = await edited((wb) => {
      sheetOf(wb, '2 Trust').getCell('I4').value = '31/02/2025';
    });
    const result = await importBytes(bytes);
    expect(!result.ok && result.error.problems).toEqual([
      { where: '2 Trust!I4', message: 'the due date for 2.1 "31/02/2025" is not a date; write it as dd/mm/yyyy' },
    ]);
  });
});

describe('an exported review edited outside the app', () => {
  it('keeps the ids, takes the edited cells, and moves updatedAt to the import time (a stale Action plan is fine)', async () => {
    const bytes = await edited((wb) => {
      const s = sheetOf(wb, '1 Leadership');
      s.getCell('C4').value = null;
      s.getCell('F4').value = 'x';
      s.getCell('H4').value = 'Vice-chair';
      sheetOf(wb, 'Action plan').getCell('G3').value = 'done';
    });
    const { bundle, fromApp, warnings } = await imported(bytes);
    const original = sampleBundle();
    expect(fromApp).toBe(true);
    expect(bundle.review.id).toBe(original.review.id);
    expect(bundle.review.answers['leadership-common-vision']).toMatchObject({
      rating: 'yes-working-well',
      byWhom: 'Vice-chair',
      actionStatus: 'done',
    });
    expect(bundle.review.updatedAt).toBe(NOW);
    expect(bundle.partnership.updatedAt).toBe(original.partnership.updatedAt);
    expect(warnings).toEqual([{ where: 'edited.xlsx', message: 'the review was changed outside the app since it was exported' }]);
  });

  it('warns that actions edited on the Action plan are not read, pointing to the section sheet', async () => {
    const bytes = await edited((wb) => {
      sheetOf(wb, 'Action plan').getCell('D3').value = 'Rewritten on the plan';
    });
    const { bundle, warnings } = await imported(bytes);
    expect(bundle).toEqual(sampleBundle());
    expect(warnings).toEqual([
      {
        where: 'Action plan!D3',
        message: 'edits on the Action plan are not read: change Action Needed for 1.1 on the "1 Leadership" sheet',
      },
    ]);
  });

  it('does not mistake a stale plan for an edited one, whatever order the answers were stored in', async () => {
    const original = sampleBundle();
    const reversed = {
      ...original,
      review: { ...original.review, answers: Object.fromEntries(Object.entries(original.review.answers).reverse()) },
    };
    const wb = await loadWorkbook(await exportReviewWorkbook(reversed));
    sheetOf(wb, '2 Trust').getCell('G6').value = 'A new action';
    const { warnings } = await imported(await writeWorkbook(wb));
    expect(warnings).toEqual([{ where: 'edited.xlsx', message: 'the review was changed outside the app since it was exported' }]);
  });

  it('takes a list edited by hand one per line', async () => {
    const bytes = await edited((wb) => {
      sheetOf(wb, 'Summary').getCell('B10').value = 'Jo Bloggs\nSam Smith';
    });
    const { bundle } = await imported(bytes);
    expect(bundle.review.participants).toEqual(['Jo Bloggs', 'Sam Smith']);
  });
});
