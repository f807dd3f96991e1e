/**
 * One fixed seed for CI so a failure replays exactly; FUZZ_SEED picks another, FUZZ_RUNS multiplies every
 * property's case count (e.g. FUZZ_RUNS=20 locally for a long run). Each property derives its own seed from the base
 * and its name, so adding a property does not shift the cases of the others.
 */
export const FUZZ_SEED = Number.parseInt(process.env.FUZZ_SEED ?? '20261129', 10);
export const FUZZ_SCALE = Math.max(0.01, Number(process.env.FUZZ_RUNS ?? '1') || 1);

/**
 * A case that spent this much CPU without answering is a hang. Generous: the slowest honest case takes well under 1 s.
 * Measured as this process's CPU time, not wall time, so a machine busy with other work (load 30 on 2 cores) does not
 * turn a slow honest case into a "hang".
 */
export const HANG_LIMIT_MS = 5_000;

/**
 * A promise that never settles spends no CPU, so wall time still bounds it — at this multiple of the CPU limit, wide
 * enough for a starved machine.
 */
export const WALL_LIMIT_FACTOR = 12;

/** The per-test timeout for every fuzz property; it grows with FUZZ_RUNS so a long local run is not cut off. */
export const FUZZ_TEST_TIMEOUT = Math.round(120_000 * Math.max(1, FUZZ_SCALE)) + 30_000;

export function runs(base: number): number {
  return Math.max(1, Math.round(base * FUZZ_SCALE));
}

export function seedFor(name: string): number {
  let h = FUZZ_SEED | 0;
  for (let i = 0; i < name.length; i += 1) h = Math.imul(h ^ name.charCodeAt(i), 16777619);
  return h | 0;
}

/** fast-check parameters for one property, printed so that the run can be repeated from the log. */
export function fuzzParams(name: string, baseRuns: number) {
  // The time cap bounds shrinking (a hang shrinks at 5 s a step; the report is worth more than the last step) and a
  // run on a machine busy with other work: a failure found before the cap is still reported; the tally prints how
  // many cases ran.
  const params = {
    seed: seedFor(name),
    numRuns: runs(baseRuns),
    interruptAfterTimeLimit: FUZZ_TEST_TIMEOUT - 30_000,
    markInterruptAsFailure: false,
  };
  console.info(`fuzz "${name}": seed ${params.seed}, ${params.numRuns} cases (FUZZ_SEED=${FUZZ_SEED}, FUZZ_RUNS=${FUZZ_SCALE})`);
  return params;
}
