import type { CollectDecision } from '@shared/respondents/collect.ts';

/** The two decisions that ask the person before anything is saved, and the answers each offers. */
export type ChangedAnswer = 'replace' | 'keep';
export type OtherReviewAnswer = 'add' | 'skip';
export type Answer = ChangedAnswer | OtherReviewAnswer;

export interface CollectTally {
  added: number;
  replaced: number;
  alreadyIn: number;
  kept: number;
  skipped: number;
  refused: number;
}

const asks = (d: CollectDecision): boolean => d.kind === 'changed' || d.kind === 'other-review';

/**
 * The *Import responses* review panel: every returned file with what collecting it would do, and the person's answer
 * to each question (a changed re-submission: replace or keep; a form of another review: add anyway or skip). Nothing
 * is unanswered by default — the panel cannot be applied until each question has its answer — so a respondent is
 * never replaced, nor another review's form added, without the person choosing it.
 */
export class CollectState {
  /** Replaced whole, never edited in place: kept as plain data (no deep proxy) for applyCollect. */
  decisions = $state.raw<CollectDecision[]>([]);
  /** By the decision's place in `decisions`; null where the decision asks nothing or is not answered yet. */
  answers = $state<(Answer | null)[]>([]);

  constructor(decisions: CollectDecision[]) {
    this.decisions = decisions;
    this.answers = decisions.map(() => null);
  }

  /** How many questions still wait for an answer. */
  get unanswered(): number {
    return this.decisions.filter((d, i) => asks(d) && this.answers[i] === null).length;
  }

  answer(index: number, answer: Answer): void {
    this.answers[index] = answer;
  }

  /**
   * The files were checked again against a review that changed meanwhile (another window collected or edited
   * respondents). An answer already given for a file is kept where the file still asks the same question.
   */
  replan(decisions: CollectDecision[]): void {
    const key = (d: CollectDecision) => `${d.kind}\u0000${d.fileName}`;
    const before = Object.fromEntries(this.decisions.map((d, i) => [key(d), this.answers[i] ?? null]));
    this.decisions = decisions;
    this.answers = decisions.map((d) => (asks(d) ? (before[key(d)] ?? null) : null));
  }

  /** What collecting saves: the new respondents, the replacements and the other review's forms the person added. */
  get accepted(): CollectDecision[] {
    return this.decisions.filter(
      (d, i) =>
        d.kind === 'add' ||
        (d.kind === 'changed' && this.answers[i] === 'replace') ||
        (d.kind === 'other-review' && this.answers[i] === 'add'),
    );
  }

  get tally(): CollectTally {
    const tally: CollectTally = { added: 0, replaced: 0, alreadyIn: 0, kept: 0, skipped: 0, refused: 0 };
    this.decisions.forEach((d, i) => {
      const answer = this.answers[i];
      if (d.kind === 'add') tally.added += 1;
      else if (d.kind === 'already-in') tally.alreadyIn += 1;
      else if (d.kind === 'refused') tally.refused += 1;
      else if (d.kind === 'changed') tally[answer === 'replace' ? 'replaced' : 'kept'] += 1;
      else tally[answer === 'add' ? 'added' : 'skipped'] += 1;
    });
    return tally;
  }
}

/** "3 added, 1 already in, 1 refused": only what happened, in a fixed order. */
export function summarise(tally: CollectTally): string {
  const parts = [
    [tally.added, 'added'],
    [tally.replaced, 'replaced'],
    [tally.alreadyIn, 'already in'],
    [tally.kept, 'kept unchanged'],
    [tally.skipped, 'skipped'],
    [tally.refused, 'refused'],
  ] as const;
  const said = parts.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`);
  return said.length ? said.join(', ') : 'no files';
}
