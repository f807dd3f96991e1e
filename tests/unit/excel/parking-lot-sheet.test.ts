import { describe, expect, it } from 'vitest';
import { exportReviewWorkbook, importWorkbook } from '@shared/excel/index.ts';
import { loadWorkbook } from '@shared/excel/exceljs.ts';
import type { ParkedItem } from '@shared/model/workshop.ts';
import { sampleBundle } from './sample.ts';

const parked: ParkedItem[] = [
  {
    id: '5f1d2c3b-4a59-4e6f-8a7b-0c1d2e3f4a51',
    text: 'Who chairs the data group?',
    owner: 'Northshire Council',
    dueDate: '2025-03-01',
    status: 'open',
    benchmarkId: 'trust-openness',
    raisedAt: '2025-03-14T10:05:00.000Z',
  },
  {
    id: '5f1d2c3b-4a59-4e6f-8a7b-0c1d2e3f4a52',
    text: '=SUM(A1) budget line',
    owner: '',
    dueDate: null,
    status: 'done',
    benchmarkId: null,
    raisedAt: '2025-03-14T11:00:00.000Z',
  },
];

async function exported(parkingLot: ParkedItem[]) {
  const bundle = sampleBundle();
  bundle.review.parkingLot = parkingLot;
  return exportReviewWorkbook(bundle, '2025-03-14');
}

describe('the Parking lot sheet', () => {
  it('lists every parked point with its benchmark number, owner, due date, status and overdue flag', async () => {
    const wb = await loadWorkbook(await exported(parked));
    const sheet = wb.getWorksheet('Parking lot');
    expect(sheet?.state).toBe('visible');
    const row = (n: number) =>
      [1, 2, 3, 4, 5, 6].map((c) => {
        const v = sheet!.getCell(n, c).value;
        return v instanceof Date ? v.toISOString().slice(0, 10) : v;
      });
    expect(row(2)).toEqual(['No.', 'Point raised', 'Owner', 'Due', 'Status', 'Overdue']);
    expect(row(3)).toEqual(['2.3', 'Who chairs the data group?', 'Northshire Council', '2025-03-01', 'Open', 'Overdue (13 days)']);
    // Typed text is never a formula; a point parked away from any benchmark has no number; a done point is not overdue.
    expect(row(4)).toEqual([null, '=SUM(A1) budget line', null, null, 'Done', null]);
    expect(sheet!.getCell(1, 1).value).toMatch(/^Parking lot · 2 points/);
  });

  it('is left out when nothing was parked, and does not stop the workbook being imported', async () => {
    const none = await loadWorkbook(await exported([]));
    expect(none.getWorksheet('Parking lot')).toBeUndefined();
    const result = await importWorkbook(await exported(parked), {
      fileName: 'r.xlsx',
      newId: () => '5f1d2c3b-4a59-4e6f-8a7b-0c1d2e3f4a60',
      now: '2025-03-15T09:00:00.000Z',
    });
    expect(result.ok).toBe(true);
  });
});
