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

/** Runs `fn` WARMUPS times untimed, then RUNS times timed. */
export async function measure(fn: () => Promise<unknown> | unknown): Promise<Timing> {
  for (let i = 0; i < WARMUPS; i += 1) await fn();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  return timing(samples);
}
