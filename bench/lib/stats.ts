/** Medians over repeated runs after warm-ups: the JIT, caches and lazy loads settle before anything is counted. */
export const WARMUPS = 3;
export const RUNS = 15;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface Timing {
  medianMs: number;
  minMs: number;
  maxMs: number;
  runs: number;
}

export function timing(samples: readonly number[]): Timing {
  return { medianMs: round(median(samples)), minMs: round(Math.min(...samples)), maxMs: round(Math.max(...samples)), runs: samples.length };
}

export function round(n: number, places = 2): number {
  const f = 10 ** places;
  return Math.round(n * f) / f;
}

export interface Paired {
  a: Timing;
  b: Timing;
  /** Median of the per-pair ratios a/b: each pair ran back to back, so a burst of load on the machine hits both. */
  ratio: number;
}

/** Runs `a` and `b` alternately (order swapped every round), WARMUPS rounds untimed, then RUNS rounds timed. */
export async function measurePair(a: () => Promise<unknown>, b: () => Promise<unknown>): Promise<Paired> {
  for (let i = 0; i < WARMUPS; i += 1) {
    await a();
    await b();
  }
  const as: number[] = [];
  const bs: number[] = [];
  const time = async (fn: () => Promise<unknown>, into: number[]) => {
    const started = performance.now();
    await fn();
    into.push(performance.now() - started);
  };
  for (let i = 0; i < RUNS; i += 1) {
    if (i % 2 === 0) {
      await time(a, as);
      await time(b, bs);
    } else {
      await time(b, bs);
      await time(a, as);
    }
  }
  return { a: timing(as), b: timing(bs), ratio: round(median(as.map((x, i) => x / bs[i]!))) };
}
