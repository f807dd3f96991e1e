/** The one-line reading of shared/scoring.ts's index, shown beside every score so a client knows what 0–100 means. */
export const INDEX_EXPLANATION =
  'Index: each rated benchmark scores 0 (NO - action is needed), 1 (NO - but action is in hand), 2 (YES - but needs improving) or 3 (YES - working well); the index is the average as a percentage of 3. Unrated benchmarks are left out and counted as not rated.';
