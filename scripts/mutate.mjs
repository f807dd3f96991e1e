// `npm run mutate`: Stryker over shared/ with stryker.config.mjs. Stryker 10's command line refuses Node < 22 at
// start-up, but its core and the vitest runner work on the Node 20 this project pins for Electron's tooling, so this
// starts the core directly. Options: --mutate <globs, comma-separated> (a part of shared/), --force (ignore the
// incremental file), --concurrency <n>.
import { parseArgs } from 'node:util';
import { Stryker } from '../node_modules/@stryker-mutator/core/dist/src/stryker.js';

const { values } = parseArgs({
  options: { mutate: { type: 'string' }, force: { type: 'boolean' }, concurrency: { type: 'string' } },
});
const cliOptions = {};
if (values.mutate) cliOptions.mutate = values.mutate.split(',');
if (values.force) cliOptions.force = true;
if (values.concurrency) cliOptions.concurrency = Number(values.concurrency);

const results = await new Stryker(cliOptions).runMutationTest();
// Stryker sets process.exitCode itself when the score is below the break threshold.
if (results.length === 0) console.log('No mutants were tested.');
