import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The reason LibreOffice tests cannot run here, or null when `soffice` is on the PATH. */
export function sofficeMissing(): string | null {
  const probe = spawnSync('soffice', ['--version'], { encoding: 'utf8', timeout: 60_000 });
  if (probe.error || probe.status !== 0) return `LibreOffice (soffice) is not installed or did not start: ${probe.error?.message ?? probe.stderr}`.trim();
  return null;
}

/**
 * Opens every file in LibreOffice headless and saves each again as xlsx into `outDir`: one soffice run for all, with
 * a private profile so parallel runs (and a desktop LibreOffice) do not clash over the same user installation.
 */
export async function resaveWithLibreOffice(files: string[], outDir: string): Promise<void> {
  const profile = await mkdtemp(path.join(tmpdir(), 'lo-profile-'));
  await new Promise<void>((resolve, reject) => {
    execFile(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', outDir, ...files],
      { timeout: 180_000 },
      (error, _stdout, stderr) => (error ? reject(new Error(`soffice failed: ${error.message}\n${stderr}`)) : resolve()),
    );
  });
}
