import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idMaker, NOW, sampleBundle } from './sample.ts';

/**
 * The browser build must be able to load shared/excel lazily: Vite picks ExcelJS's browser build (the package's
 * "browser" field), keeps it out of the entry chunk, and the lazy chunk works with no Node Buffer in sight.
 */
const excelIndex = path.resolve('shared/excel/index.ts');
let assets = '';
let files: string[] = [];
const savedBuffer = globalThis.Buffer;

beforeAll(async () => {
  const root = await mkdtemp(path.join(tmpdir(), 'partnership-review-vite-'));
  await writeFile(path.join(root, 'index.html'), '<script type="module" src="./main.ts"></script>');
  await writeFile(path.join(root, 'main.ts'), `document.addEventListener('click', () => import(${JSON.stringify(excelIndex)}));\n`);
  await build({ root, configFile: false, logLevel: 'silent', build: { outDir: path.join(root, 'dist'), target: 'es2022', minify: false } });
  assets = path.join(root, 'dist', 'assets');
  files = await readdir(assets);
}, 120_000);

afterAll(() => {
  globalThis.Buffer = savedBuffer;
});

describe('shared/excel in the browser build', () => {
  it("is split into its own lazily loaded chunk, built from ExcelJS's browser bundle", async () => {
    const entry = files.find((f) => f.startsWith('index-'))!;
    const lazy = files.find((f) => f !== entry && f.endsWith('.js'))!;
    const entryCode = await readFile(path.join(assets, entry), 'utf8');
    const lazyCode = await readFile(path.join(assets, lazy), 'utf8');
    expect(entryCode).not.toMatch(/exceljs/i);
    expect(entryCode.length).toBeLessThan(20_000);
    expect(lazyCode).toMatch(/exceljs_min/);
  });

  it('exports and imports a review with no Node Buffer global', async () => {
    const lazy = files.find((f) => !f.startsWith('index-') && f.endsWith('.js'))!;
    // @ts-expect-error the browser has no Buffer; neither does this check
    delete globalThis.Buffer;
    const excel = (await import(pathToFileURL(path.join(assets, lazy)).href)) as typeof import('@shared/excel/index.ts');
    const bytes = await excel.exportReviewWorkbook(sampleBundle());
    expect(bytes).toBeInstanceOf(Uint8Array);
    const result = await excel.importWorkbook(bytes, { fileName: 'browser.xlsx', newId: idMaker(), now: NOW });
    expect(result.ok && result.value.bundle).toEqual(sampleBundle());
  });
});
