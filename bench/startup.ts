import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from './lib/browser.ts';
import { viteBuild } from './lib/build.ts';
import { serve } from './lib/serve.ts';
import { median, round, RUNS, timing, WARMUPS, type Timing } from './lib/stats.ts';

/**
 * What a person waits for when the app opens: the JavaScript fetched before anything runs (the entry chunk and its
 * static imports, as index.html lists them), and first contentful paint, set against a blank Vite + Svelte page built
 * by the same config and served by the same server.
 */

/** ExcelJS writes this namespace into every workbook; finding it in a start-up chunk means ExcelJS is not lazy. */
const EXCELJS_MARK = 'schemas.openxmlformats.org/spreadsheetml/2006/main';
/** pdfmake names itself the producer of every PDF; finding that in a start-up chunk means the report is not lazy. */
const PDFMAKE_MARK = /Producer:\s*[`'"]pdfmake[`'"]/;

export interface StartupChunk {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface StartupResults {
  initialJs: StartupChunk[];
  initialJsGzipBytes: number;
  initialJsGzipKiB: number;
  excelJsInInitialChunks: boolean;
  pdfMakeInInitialChunks: boolean;
  lazyChunks: StartupChunk[];
  fcpApp: Timing;
  fcpBlank: Timing;
  fcpRatio: number;
}

async function chunk(dir: string, file: string): Promise<StartupChunk & { text: string }> {
  const text = await readFile(path.join(dir, file), 'utf8');
  return { file, bytes: Buffer.byteLength(text), gzipBytes: gzipSync(text, { level: 9 }).length, text };
}

/** Entry script plus modulepreload links: Vite lists every static import of the entry there, and nothing lazy. */
export async function initialScripts(dir: string): Promise<string[]> {
  const html = await readFile(path.join(dir, 'index.html'), 'utf8');
  const files = [
    ...[...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!),
  ];
  return [...new Set(files.map((f) => f.replace(/^\.\//, '')))];
}

/**
 * Read in the page as a string: tsx would otherwise wrap named functions in a helper the page does not have. The
 * buffered observer also catches a paint that happened before the script ran.
 */
const FCP_SCRIPT = `new Promise((resolve) => {
  const done = (entries) => {
    const e = entries.find((x) => x.name === 'first-contentful-paint');
    if (e) resolve(e.startTime);
  };
  done(performance.getEntriesByType('paint'));
  new PerformanceObserver((list) => done(list.getEntries())).observe({ type: 'paint', buffered: true });
})`;

async function firstPaints(url: string): Promise<number[]> {
  const browser = await launch();
  try {
    const out: number[] = [];
    for (let i = 0; i < WARMUPS + RUNS; i += 1) {
      // A new context each time: an empty cache and an empty IndexedDB, as on a first start.
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      const fcp = await page.evaluate<number>(FCP_SCRIPT);
      if (i >= WARMUPS) out.push(fcp);
      await context.close();
    }
    return out;
  } finally {
    await browser.close();
  }
}

export async function benchStartup(): Promise<StartupResults> {
  const appDir = await viteBuild('renderer', 'app');
  const blankDir = await viteBuild('bench/blank', 'blank');
  const initialFiles = await initialScripts(appDir);
  const initial = await Promise.all(initialFiles.map((f) => chunk(appDir, f)));
  const { readdir } = await import('node:fs/promises');
  const allJs = (await readdir(path.join(appDir, 'assets'))).filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`);
  const lazy = await Promise.all(allJs.filter((f) => !initialFiles.includes(f)).map((f) => chunk(appDir, f)));

  const app = await serve(appDir);
  const blank = await serve(blankDir);
  try {
    // Interleaved rounds so that a burst of load on the machine hits both pages alike.
    const appTimes: number[] = [];
    const blankTimes: number[] = [];
    for (let round = 0; round < 2; round += 1) {
      appTimes.push(...(await firstPaints(app.url)));
      blankTimes.push(...(await firstPaints(blank.url)));
    }
    const gzip = initial.reduce((n, c) => n + c.gzipBytes, 0);
    const strip = ({ file, bytes, gzipBytes }: StartupChunk) => ({ file, bytes, gzipBytes });
    return {
      initialJs: initial.map(strip),
      initialJsGzipBytes: gzip,
      initialJsGzipKiB: round(gzip / 1024, 1),
      excelJsInInitialChunks: initial.some((c) => c.text.includes(EXCELJS_MARK)),
      pdfMakeInInitialChunks: initial.some((c) => PDFMAKE_MARK.test(c.text)),
      lazyChunks: lazy.map(strip),
      fcpApp: timing(appTimes),
      fcpBlank: timing(blankTimes),
      fcpRatio: round(median(appTimes) / median(blankTimes)),
    };
  } finally {
    await app.close();
    await blank.close();
  }
}
