import { defineConfig } from 'vitest/config';
import { sharedAlias } from './build/alias.ts';

/**
 * The unit tests Stryker runs against mutants of shared/ (`npm run mutate`): the pure-core tests only. Left out, to
 * keep a run short on a small machine: anything that spawns a process (the command line, LibreOffice, a Vite build —
 * a child process is invisible to per-test coverage anyway), the fuzz suite, the Electron and renderer/store suites
 * (they test their own folders) and the Playwright specs.
 */
export default defineConfig({
  resolve: { alias: sharedAlias },
  test: {
    include: [
      'tests/unit/shared/**/*.test.ts',
      'tests/unit/compare/**/*.test.ts',
      'tests/unit/files/**/*.test.ts',
      'tests/unit/excel/**/*.test.ts',
    ],
    // compare-state tests renderer state (Svelte runes), not shared/.
    // MUTATE_QUICK=1 also drops the tests that drive ExcelJS (slow per mutant), for a run over the modules below it.
    exclude: [
      'tests/unit/compare/compare-cli.test.ts',
      'tests/unit/compare/compare-state.test.ts',
      'tests/unit/excel/browser-build.test.ts',
      ...(process.env.MUTATE_QUICK ? ['tests/unit/excel/**', 'tests/unit/compare/comparison-workbook.test.ts'] : []),
    ],
    environment: 'node',
    testTimeout: 60_000,
  },
});
