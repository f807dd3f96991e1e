import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The reason LibreOffice tests cannot run here, or null when `soffice` is on the PATH. */
export function sofficeMissing(): string | null {
  const probe = spawnSync('soffice', ['--version'], { encoding: 'utf8', timeout: 60_000 });
  if (probe.error || probe.status !== 0)
    return `LibreOffice (soffice) is not installed or did not start: ${probe.error?.message ?? probe.stderr}`.trim();
  return null;
}

/**
 * Opens every file in LibreOffice headless and saves each again as xlsx into `outDir`: one soffice run for all, with
 * a private profile so parallel runs (and a desktop LibreOffice) do not clash over the same user installation.
 */
export function resaveWithLibreOffice(files: string[], outDir: string): Promise<void> {
  return convertWithLibreOffice(files, outDir, 'xlsx');
}

/** Prints every file to PDF into `outDir`, as a client printing the workbook would: one soffice run for all. */
export function printWithLibreOffice(files: string[], outDir: string): Promise<void> {
  return convertWithLibreOffice(files, outDir, 'pdf');
}

async function convertWithLibreOffice(files: string[], outDir: string, to: 'xlsx' | 'pdf'): Promise<void> {
  const profile = await mkdtemp(path.join(tmpdir(), 'lo-profile-'));
  await new Promise<void>((resolve, reject) => {
    execFile(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', to, '--outdir', outDir, ...files],
      { timeout: 180_000 },
      (error, _stdout, stderr) => (error ? reject(new Error(`soffice failed: ${error.message}\n${stderr}`)) : resolve()),
    );
  });
}

/** The reason the PDF checks cannot run here (no soffice, or no pdftotext/pdfinfo from poppler-utils), or null. */
export function pdfToolsMissing(): string | null {
  const soffice = sofficeMissing();
  if (soffice) return soffice;
  for (const tool of ['pdftotext', 'pdfinfo']) {
    const probe = spawnSync(tool, ['-v'], { encoding: 'utf8' });
    if (probe.error) return `${tool} is not installed (apt-get install poppler-utils)`;
  }
  return null;
}

/** The text of each page of a PDF, in order. */
export function pdfPages(file: string): string[] {
  const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info.stdout)?.[1] ?? 'NaN');
  if (!Number.isInteger(pages)) throw new Error(`pdfinfo could not count the pages of ${file}: ${info.stderr}`);
  return Array.from(
    { length: pages },
    (_, i) => spawnSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' }).stdout,
  );
}
