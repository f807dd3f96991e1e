import path from 'node:path';
import { build } from 'vite';

export const REPO = path.resolve(import.meta.dirname, '../..');
export const TMP = path.join(REPO, 'bench/tmp');

/** Builds `root` with the project's own vite.config.ts (same plugins, base and target), into bench/tmp. */
export async function viteBuild(root: string, outDir: string): Promise<string> {
  const out = path.join(TMP, outDir);
  await build({
    configFile: path.join(REPO, 'vite.config.ts'),
    root: path.join(REPO, root),
    logLevel: 'warn',
    build: { outDir: out, emptyOutDir: true, sourcemap: false },
  });
  return out;
}
