/**
 * The index with how much of the form it rests on, e.g. "index 72 · 18 of 21 rated", so a review with one benchmark
 * rated is never read as a full score. One small function so that the shared index-and-coverage rule, when it lands,
 * replaces this in one place.
 */
export function indexWithCoverage(index: number | null, rated: number, total: number): string {
  return `index ${index ?? '—'} · ${rated} of ${total} rated`;
}
