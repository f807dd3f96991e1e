import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportReviewWorkbook } from '@shared/excel/index.ts';
import { loadWorkbook, newWorkbook, writeWorkbook } from '@shared/excel/exceljs.ts';
import { WORKBOOK_LIMITS } from '@shared/excel/limits.ts';
import { edited, importBytes, sheetOf } from './edit.ts';
import { sampleBundle } from './sample.ts';
import { layoutOf, viewOf } from './zip-surgery.ts';

async function failure(bytes: Uint8Array, fileName?: string) {
  const result = await importBytes(bytes, fileName);
  if (result.ok) throw new Error('expected the import to fail');
  return result.error;
}

describe('import refuses what it cannot trust, saying why', () => {
  it('refuses a file that is not a zip at all', async () => {
    const error = await failure(strToU8('Name,Rating\nLeadership,3\n'), 'ratings.csv');
    expect(error.code).toBe('not-xlsx');
    expect(error.message).toMatch(/not an Excel workbook/);
  });

  it('refuses a zip that is not a workbook', async () => {
    const error = await failure(zipSync({ 'readme.txt': strToU8('hello') }));
    expect(error.code).toBe('not-xlsx');
  });

  it('refuses a corrupt zip: a workbook cut short', async () => {
    const bytes = await exportReviewWorkbook(sampleBundle());
    const error = await failure(bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    expect(error.code).toBe('corrupt-zip');
  });

  it('refuses a corrupt zip whose parts do not unpack', async () => {
    const bytes = (await exportReviewWorkbook(sampleBundle())).slice();
    // Scramble the middle of the archive, where the compressed sheets are, leaving the directory intact.
    for (let i = 2_000; i < 6_000; i += 1) bytes[i] = (bytes[i]! * 31 + 7) & 0xff;
    const error = await failure(bytes);
    expect(['corrupt-zip', 'corrupt-workbook']).toContain(error.code);
  });

  it('refuses a workbook of another form, naming the sheets it expected', async () => {
    const wb = newWorkbook();
    wb.addWorksheet('Budget').getCell('A1').value = 'Quarterly budget';
    const error = await failure(await writeWorkbook(wb), 'budget.xlsx');
    expect(error.code).toBe('another-form');
    expect(error.message).toContain('"1 Leadership"');
  });

  it('refuses a workbook made with a newer version of the form', async () => {
    const bytes = await edited((wb) => {
      const data = sheetOf(wb, '_data');
      data.getCell('B1').value = String(data.getCell('B1').value).replace('"version":1', '"version":2');
      sheetOf(wb, 'Summary').getCell('B13').value = 2;
    });
    const error = await failure(bytes);
    expect(error.code).toBe('newer-instrument');
    expect(error.message).toMatch(/version 2 of the form; this app knows up to version 1/);
  });

  it('refuses a workbook written by a newer version of the app (a newer workbook format)', async () => {
    const bytes = await edited((wb) => {
      const data = sheetOf(wb, '_data');
      data.getCell('B1').value = String(data.getCell('B1').value).replace('"formatVersion":3', '"formatVersion":4');
    });
    const error = await failure(bytes, 'future.xlsx');
    expect(error).toEqual({
      code: 'newer-format',
      message:
        'future.xlsx was written by a newer version of Partnership Review (workbook format 4; this app reads up to 3). Update the app to open it.',
    });
  });

  it('refuses sheets holding more XML than a review form could, before ExcelJS parses them', async () => {
    const rows = '<row><c t="inlineStr"><is><t>filler</t></is></c></row>'.repeat(Math.ceil(WORKBOOK_LIMITS.xmlBytes / 50));
    const bytes = zipSync({
      'xl/workbook.xml': strToU8('<workbook/>'),
      'xl/worksheets/sheet1.xml': strToU8(`<worksheet><sheetData>${rows}</sheetData></worksheet>`),
    });
    const error = await failure(bytes);
    expect(error).toMatchObject({ code: 'too-large', message: expect.stringMatching(/sheets hold more than 8 MB/) });
  });

  it('refuses a zip with more parts than any workbook has', async () => {
    const parts: Record<string, Uint8Array> = { 'xl/workbook.xml': strToU8('<workbook/>') };
    for (let i = 0; i <= WORKBOOK_LIMITS.entries; i += 1) parts[`xl/media/p${i}.txt`] = strToU8('.');
    expect((await failure(zipSync(parts, { level: 0 }))).code).toBe('too-large');
  });

  it('reads the form version from the Summary when the hidden data is gone, and still refuses a newer one', async () => {
    const bytes = await edited((wb) => {
      wb.removeWorksheet(sheetOf(wb, '_data').id);
      sheetOf(wb, 'Summary').getCell('B13').value = 3;
    });
    expect((await failure(bytes)).code).toBe('newer-instrument');
  });

  it('refuses a file over the size limit before reading it', async () => {
    const huge = new Uint8Array(WORKBOOK_LIMITS.fileBytes + 1);
    huge.set([0x50, 0x4b, 0x03, 0x04]);
    const error = await failure(huge);
    expect(error.code).toBe('too-large');
  });

  it('refuses a zip bomb, even one whose directory and local headers agree on a lie about the unpacked sizes', async () => {
    const zeros = new Uint8Array(WORKBOOK_LIMITS.unpackedBytes + 1024 * 1024);
    const bomb = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/worksheets/sheet1.xml': zeros }, { level: 9 });
    expect(bomb.length).toBeLessThan(WORKBOOK_LIMITS.fileBytes);
    expect((await failure(bomb)).code).toBe('too-large');

    // Every declared uncompressed size becomes 1 byte, in the directory and in the local headers alike.
    const liar = bomb.slice();
    const view = viewOf(liar);
    for (const record of layoutOf(liar).records) {
      view.setUint32(record.at + 24, 1, true);
      view.setUint32(record.local + 22, 1, true);
    }
    expect((await failure(liar)).code).toBe('too-large');
  });

  it('refuses a zip whose directory and local header disagree about a size', async () => {
    const liar = (await exportReviewWorkbook(sampleBundle())).slice();
    const record = layoutOf(liar).records.find((r) => r.name === 'xl/worksheets/sheet3.xml')!;
    viewOf(liar).setUint32(record.at + 24, 1, true);
    expect(await failure(liar)).toEqual({
      code: 'corrupt-zip',
      message: 'The workbook is damaged and cannot be read (part "xl/worksheets/sheet3.xml" gives two different sizes).',
    });
  });

  it('refuses a bomb only the unpacked-size limit catches: honest sizes, no XML, each part under every other limit', async () => {
    // Three pictures of zeros, each under a third of the limit over two: together they pass it.
    const part = Math.ceil((WORKBOOK_LIMITS.unpackedBytes * 0.4) / 1024) * 1024;
    const parts = unzipSync(await exportReviewWorkbook(sampleBundle()));
    for (let i = 1; i <= 3; i += 1) parts[`xl/media/image${i}.png`] = new Uint8Array(part);
    const bomb = zipSync(parts, { level: 1 });
    expect(bomb.length).toBeLessThan(WORKBOOK_LIMITS.fileBytes);
    expect(await failure(bomb)).toEqual({
      code: 'too-large',
      message: 'The workbook unpacks to more than 60 MB; it is refused as a possible zip bomb.',
    });
  });

  it('refuses an end record that claims fewer parts than the directory holds (found item 2: the rest would be inflated unmeasured)', async () => {
    const parts = unzipSync(await exportReviewWorkbook(sampleBundle()));
    for (let i = 1; i <= 3; i += 1) parts[`xl/media/image${i}.png`] = new Uint8Array(1024);
    const liar = zipSync(parts);
    const { end, records } = layoutOf(liar);
    viewOf(liar).setUint16(end + 8, 2, true);
    viewOf(liar).setUint16(end + 10, 2, true);
    expect(await failure(liar)).toEqual({
      code: 'corrupt-zip',
      message: `The workbook is damaged and cannot be read (the zip directory holds ${records.length} parts but its end record says 2).`,
    });
  });

  it('refuses two parts with one name, overlapping parts, and anything hidden after the directory', async () => {
    const bytes = await exportReviewWorkbook(sampleBundle());
    const { records, end } = layoutOf(bytes);

    const twins = bytes.slice();
    const [a, b] = records.filter((r) => r.name.startsWith('xl/worksheets/sheet'));
    twins.copyWithin(b!.at + 46, a!.at + 46, a!.at + 46 + a!.name.length);
    twins.copyWithin(b!.local + 30, a!.at + 46, a!.at + 46 + a!.name.length);
    expect((await failure(twins)).message).toMatch(/two parts are named "xl\/worksheets\/sheet\d\.xml"/);

    // The first part claims its neighbour's bytes too, in the directory and its local header alike.
    const overlap = bytes.slice();
    const first = records.slice().sort((x, y) => x.local - y.local)[0]!;
    const grown = viewOf(overlap).getUint32(first.at + 20, true) + 40;
    viewOf(overlap).setUint32(first.at + 20, grown, true);
    viewOf(overlap).setUint32(first.local + 18, grown, true);
    expect((await failure(overlap)).message).toMatch(/parts "[^"]+" and "[^"]+" overlap/);

    const trailing = new Uint8Array(bytes.length + 10);
    trailing.set(bytes);
    expect((await failure(trailing)).message).toMatch(/no zip directory at the end of the file/);

    // A directory that stops short of the end record, leaving room for records only other readers would find.
    const gap = new Uint8Array(bytes.length + 46);
    gap.set(bytes.subarray(0, end));
    gap.set(bytes.subarray(end), end + 46);
    expect((await failure(gap)).message).toMatch(/the zip directory does not end where the end record begins/);
  });

  it('collects every problem at once, each naming its sheet and cell, and saves nothing', async () => {
    const bytes = await edited((wb) => {
      const trust = sheetOf(wb, '2 Trust');
      trust.getCell('E6').value = 'x'; // 2.3 already has D6 ticked
      trust.getCell('I7').value = 'next week';
      sheetOf(wb, '1 Leadership').getCell('A11').value = 'maybe';
      sheetOf(wb, '1 Leadership').getCell('H4').value = 'y'.repeat(501);
      sheetOf(wb, 'Action plan').getCell('G3').value = 'Nearly';
      sheetOf(wb, 'Summary').getCell('B11').value = 'Pending';
    });
    const error = await failure(bytes);
    expect(error.code).toBe('invalid-workbook');
    expect(error.message).toMatch(/6 problems need fixing first\. Nothing was saved\./);
    expect(error.problems).toEqual([
      { where: 'Summary!B11', message: 'the status must be Draft or Final, not "pending"' },
      { where: '1 Leadership!H4', message: 'By Whom? for 1.1 is 501 characters long; at most 500 fit' },
      { where: '1 Leadership!A11', message: '"maybe" is neither a tick nor a cross; use ✓ (needs addressing) or ✗ (does not)' },
      { where: '2 Trust!E6', message: 'two ratings marked for 2.3; mark one column only' },
      { where: '2 Trust!I7', message: 'the due date for 2.4 "next week" is not a date; write it as dd/mm/yyyy' },
      { where: 'Action plan!G3', message: 'the status "Nearly" is not one of Open, In progress, Done, Dropped' },
    ]);
  });

  it('names a missing benchmark row and a missing sheet', async () => {
    const bytes = await edited((wb) => {
      sheetOf(wb, '3 Learning').getCell('A5').value = null;
      wb.removeWorksheet(sheetOf(wb, '4 Managing for Performance').id);
    });
    const error = await failure(bytes, 'client.xlsx');
    expect(error.problems).toEqual([
      { where: '3 Learning', message: 'no row for benchmark 3.2 (column A must hold "3.2")' },
      { where: 'client.xlsx', message: 'no sheet named "4 Managing for Performance"' },
    ]);
  });

  it("refuses a sheet whose rating columns are not headed with the form's level labels", async () => {
    const bytes = await edited((wb) => {
      sheetOf(wb, '2 Trust').getCell('C3').value = 'Poor';
    });
    const error = await failure(bytes);
    expect(error.problems?.[0]?.where).toBe('2 Trust!C3');
    expect(error.problems?.[0]?.message).toMatch(/not headed "NO - action is needed"/);
  });

  it('can be opened by ExcelJS itself after the checks: the guard does not reject honest files', async () => {
    const bytes = await exportReviewWorkbook(sampleBundle());
    await expect(loadWorkbook(bytes)).resolves.toBeTruthy();
    expect((await importBytes(bytes)).ok).toBe(true);
  });
});
