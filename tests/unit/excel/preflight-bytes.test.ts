import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { exportReviewWorkbook } from '@shared/excel/index.ts';
import { loadWorkbook } from '@shared/excel/exceljs.ts';
import { preflightWorkbook } from '@shared/excel/preflight/index.ts';
import { readZipDirectory } from '@shared/excel/preflight/zip-directory.ts';
import { layoutOf, viewOf } from './zip-surgery.ts';
import { sampleBundle } from './sample.ts';

/**
 * What the pre-flight hands ExcelJS: the parts the zip-bomb guard inflated and measured, packed again without
 * compression, so ExcelJS copies each part instead of inflating it a second time.
 */
const TRUST = 'xl/worksheets/sheet3.xml';

/** The compression method of every entry, read from the central directory. */
const methods = (zip: Uint8Array) => layoutOf(zip).records.map((r) => [r.name, viewOf(zip).getUint16(r.at + 10, true)] as const);

describe('the bytes the pre-flight passes on', () => {
  it('are the same parts in the same order, stored rather than deflated, and load as the same workbook', async () => {
    const bytes = await exportReviewWorkbook(sampleBundle());
    expect(methods(bytes).some(([, method]) => method === 8)).toBe(true);
    const checked = preflightWorkbook(bytes);
    if (!checked.ok) throw new Error(checked.error.message);
    const out = checked.value.bytes;
    expect(methods(out).map(([name]) => name)).toEqual(methods(bytes).map(([name]) => name));
    expect(methods(out).every(([, method]) => method === 0)).toBe(true);
    expect(unzipSync(out)).toEqual(unzipSync(bytes));
    // A valid zip by the pre-flight's own reading, each entry with the checksum of its bytes.
    const entries = readZipDirectory(out, 100);
    if (!entries.ok) throw new Error(entries.error.message);
    const unpacked = unzipSync(out);
    expect(entries.value.map((e) => [e.name, e.crc])).toEqual(entries.value.map((e) => [e.name, crc32(unpacked[e.name]!)]));
    const [a, b] = [await loadWorkbook(bytes), await loadWorkbook(out)];
    expect(b.worksheets.map((s) => s.name)).toEqual(a.worksheets.map((s) => s.name));
    expect(b.getWorksheet('2 Trust')!.getSheetValues()).toEqual(a.getWorksheet('2 Trust')!.getSheetValues());
  });

  it('carry a clipped sheet in place of the original', async () => {
    const parts = unzipSync(await exportReviewWorkbook(sampleBundle()));
    parts[TRUST] = strToU8(strFromU8(parts[TRUST]!).replace(/<\/mergeCells>/, '<mergeCell ref="A1:XFD2"/></mergeCells>'));
    const checked = preflightWorkbook(zipSync(parts));
    if (!checked.ok) throw new Error(checked.error.message);
    expect(checked.value.clipped).toHaveLength(1);
    const out = unzipSync(checked.value.bytes);
    expect(strFromU8(out[TRUST]!)).toContain('<mergeCell ref="A1:IV2"/>');
    expect(Object.keys(out)).toEqual(Object.keys(parts));
  });

  it('survive a part named like an object property, and leave a file with a name that is not plain ASCII as it is', async () => {
    const parts = unzipSync(await exportReviewWorkbook(sampleBundle()));
    // zipSync itself cannot take such a name as a key: the entry is renamed in the packed bytes.
    const odd = zipSync({ ...parts, ['__proto_x']: strToU8('x') });
    const record = layoutOf(odd).records.find((r) => r.name === '__proto_x')!;
    for (const at of [record.at + 46, record.local + 30]) odd.set(strToU8('__proto__'), at);
    const checked = preflightWorkbook(odd);
    if (!checked.ok) throw new Error(checked.error.message);
    expect(Object.keys(unzipSync(checked.value.bytes))).toEqual(Object.keys(parts));
    expect((await loadWorkbook(checked.value.bytes)).getWorksheet('2 Trust')).toBeDefined();

    const named = zipSync({ ...parts, 'xl/media/café.png': new Uint8Array(4) });
    const kept = preflightWorkbook(named);
    expect(kept.ok && kept.value.bytes).toBe(named);
  });
});
