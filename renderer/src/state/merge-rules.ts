import type * as MergeEdits from './lazy-merge.ts';

/**
 * The three-way merge of two windows' edits (shared/model/merge-edits.ts) and the merges of a file that keep a final
 * review read-only (lazy-merge.ts), fetched on first use: they are needed only when a save comes back stale, a
 * journal entry is replayed, a conflict is shown or a file is merged in, never to open the app.
 */
type MergeRules = typeof MergeEdits;

let rules: MergeRules | undefined;
let loading: Promise<MergeRules> | undefined;

/** The merge rules, fetched once; a failed fetch is tried again next time. */
export function loadMergeRules(): Promise<MergeRules> {
  loading ??= import('./lazy-merge.ts').then(
    (m) => (rules = m),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Resolves once the rules are loaded; `undefined` when they already are, so a caller can go on synchronously. */
export function mergeRulesReady(): Promise<void> | undefined {
  return rules ? undefined : loadMergeRules().then(() => undefined);
}

/** The merge rules, where they are sure to be loaded already (a conflict exists only after a merge). */
export function mergeRules(): MergeRules {
  if (!rules) throw new Error('The merge rules were used before they were loaded.');
  return rules;
}
