// @ts-check
/**
 * Mutation testing of the pure core: `npm run mutate` (not part of `npm test`; a full run takes a while).
 * Each mutant of shared/ must make at least one unit test fail; the run fails below 80%.
 * Re-export files and the ExcelJS loading shim hold no logic of their own, so they are not mutated.
 * Incremental: the next run re-tests only mutants in changed code or covered by changed tests
 * (the incremental file is git-ignored; delete it or pass --force for a full run).
 * Run part of it with `npm run mutate -- --mutate 'shared/compare/**'`.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: ['shared/**/*.ts', '!shared/**/index.ts', '!shared/excel/exceljs.ts'],
  coverageAnalysis: 'perTest',
  // Static mutants (module-level constants) would each run the whole suite; they are counted as ignored instead.
  ignoreStatic: true,
  concurrency: 2,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  tempDirName: '.stryker-tmp',
  // Build and test output is not needed in the sandbox (and a Playwright run alongside would change it mid-copy).
  ignorePatterns: ['dist', 'dist-electron', 'release', 'test-results', 'playwright-report', 'bench/tmp', 'coverage'],
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: 80 },
  timeoutMS: 20_000,
};
