import type { Outcome } from './outcome.ts';

/** Counts what the fuzzer did, printed so a run shows how many cases of each mutation kind ran and how they ended. */
export class Tally {
  readonly kinds = new Map<string, number>();
  readonly outcomes = new Map<string, number>();
  /** Outcomes the mutation kinds decided in advance, counted as the cases ran. */
  readonly expected = new Map<string, number>();
  total = 0;
  private readonly started = performance.now();

  constructor(private readonly name: string) {}

  add(kinds: readonly string[], outcome: Outcome): void {
    this.total += 1;
    for (const k of new Set(kinds)) this.kinds.set(k, (this.kinds.get(k) ?? 0) + 1);
    const key = outcome.kind === 'valid' ? 'valid' : `error:${outcome.code}`;
    this.outcomes.set(key, (this.outcomes.get(key) ?? 0) + 1);
  }

  expect(outcome: string): void {
    this.expected.set(outcome, (this.expected.get(outcome) ?? 0) + 1);
  }

  errorCount(): number {
    let n = 0;
    for (const [k, v] of this.outcomes) if (k.startsWith('error:')) n += v;
    return n;
  }

  print(): void {
    const seconds = ((performance.now() - this.started) / 1000).toFixed(1);
    const list = (m: Map<string, number>) =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => `${k} ${v}`)
        .join(', ');
    console.info(
      `fuzz ${this.name}: ${this.total} cases in ${seconds} s\n  kinds: ${list(this.kinds)}\n  outcomes: ${list(this.outcomes)}`,
    );
  }
}
