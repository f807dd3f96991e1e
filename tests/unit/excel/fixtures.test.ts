import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { importBytes } from './edit.ts';
import { sampleBundle } from './sample.ts';

describe('committed workbooks written by other programs', () => {
  it('reads the sample review as LibreOffice saved it, equal to what was exported', async () => {
    const bytes = new Uint8Array(await readFile('tests/fixtures/excel/sample-review.libreoffice.xlsx'));
    const result = await importBytes(bytes, 'sample-review.libreoffice.xlsx');
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.fromApp).toBe(true);
    expect(result.value.warnings).toEqual([]);
    expect(result.value.bundle).toEqual(sampleBundle());
  });
});
