import type { Review } from '../model/review.ts';
import { LIMITS } from '../model/fields.ts';
import { RespondentSchema, type Respondent } from '../model/respondent.ts';
import type { AppError, Problem, Result } from '../result.ts';
import { describeChanges } from './changes.ts';
import { respondentFingerprint, type RespondentContent } from './fingerprint.ts';

/**
 * Collecting returned response forms into a review, in two steps so a person can be asked in between: `planCollect`
 * decides what each file would do (add a respondent, nothing, replace one after asking, or be refused) and
 * `applyCollect` applies the decisions the person accepted. Both are pure; the files were read before (contained).
 *
 * Identity: a response form carries its own form id, so a form matches the respondent with that id — the same
 * content again adds nothing, different content is a changed re-submission. A plain blank form has no id, so it
 * matches by what it says (its fingerprint): the same file twice still adds nothing.
 */

/** What one returned file says. */
export interface ReturnedResponse {
  fileName: string;
  /** Both null on a plain blank form. */
  reviewId: string | null;
  formId: string | null;
  respondent: RespondentContent;
}

/** A file that could not be read: the reader's error, with the file's name when it is known. */
export type ReturnedError = AppError & { fileName?: string };

export type CollectDecision =
  | { kind: 'add'; fileName: string; respondent: Respondent }
  /**
   * Adds nothing: the same file (or another copy of it) is already in the review. `index` is the respondent it
   * matches; for a copy of a file earlier in the same batch, `duplicateOf` names that file and `index` is where its
   * respondent lands when every add before it is accepted.
   */
  | { kind: 'already-in'; fileName: string; index: number; duplicateOf?: string }
  /** A changed re-submission of the form of the respondent at `index`: ask before replacing. */
  | { kind: 'changed'; fileName: string; index: number; replacement: Respondent; changes: string[] }
  /** A form sent out for another review: ask before adding. */
  | { kind: 'other-review'; fileName: string; reviewId: string; respondent: Respondent }
  | { kind: 'refused'; fileName: string; problems: Problem[] };

export function planCollect(
  review: Review,
  returned: readonly Result<ReturnedResponse, ReturnedError>[],
  origin: { newId: () => string; now: string },
): CollectDecision[] {
  const decisions: CollectDecision[] = [];
  /** Files of this batch that add a respondent, by fingerprint and by form id, with where they will land. */
  const batch = new Map<string, { fileName: string; index: number; fingerprint: string }>();
  let adding = 0;
  const room = LIMITS.respondents - review.respondents.length;

  returned.forEach((file, i) => {
    if (!file.ok) {
      const fileName = file.error.fileName ?? `file ${i + 1}`;
      const problems = file.error.problems?.length ? file.error.problems : [{ where: fileName, message: file.error.message }];
      decisions.push({ kind: 'refused', fileName, problems });
      return;
    }
    const { fileName, reviewId, formId } = file.value;
    const respondent = RespondentSchema.safeParse({
      ...file.value.respondent,
      id: origin.newId(),
      source: 'response-form',
      formId,
      fingerprint: respondentFingerprint(file.value.respondent),
      receivedAt: origin.now,
    });
    if (!respondent.success) {
      const message = respondent.error.issues[0]?.message ?? 'not a response this review can hold';
      decisions.push({ kind: 'refused', fileName, problems: [{ where: fileName, message }] });
      return;
    }
    const candidate = respondent.data;
    const print = candidate.fingerprint!;

    if (reviewId !== null && reviewId !== review.id) {
      // Another review's form: the person is asked; two copies of it in one batch still add one respondent.
      const copy = batch.get(`print:${print}`);
      if (copy) decisions.push({ kind: 'already-in', fileName, index: copy.index, duplicateOf: copy.fileName });
      else {
        batch.set(`print:${print}`, { fileName, index: -1, fingerprint: print });
        decisions.push({ kind: 'other-review', fileName, reviewId, respondent: candidate });
      }
      return;
    }

    if (formId !== null) {
      const index = review.respondents.findIndex((r) => r.formId === formId);
      if (index >= 0) {
        const existing = review.respondents[index]!;
        const changes = describeChanges(review.instrument, existing, candidate);
        if (existing.fingerprint === print || changes.length === 0) decisions.push({ kind: 'already-in', fileName, index });
        else
          decisions.push({
            kind: 'changed',
            fileName,
            index,
            replacement: { ...candidate, id: existing.id },
            changes,
          });
        return;
      }
      const earlier = batch.get(`form:${formId}`);
      if (earlier) {
        if (earlier.fingerprint === print)
          decisions.push({ kind: 'already-in', fileName, index: earlier.index, duplicateOf: earlier.fileName });
        else
          decisions.push({
            kind: 'refused',
            fileName,
            problems: [
              {
                where: fileName,
                message: `"${earlier.fileName}" is another copy of the same response form with different answers; collect one of them, then the other to see what changed`,
              },
            ],
          });
        return;
      }
    } else {
      const index = review.respondents.findIndex((r) => r.formId === null && r.fingerprint === print);
      if (index >= 0) {
        decisions.push({ kind: 'already-in', fileName, index });
        return;
      }
      const earlier = batch.get(`print:${print}`);
      if (earlier && earlier.index >= 0) {
        decisions.push({ kind: 'already-in', fileName, index: earlier.index, duplicateOf: earlier.fileName });
        return;
      }
    }

    if (adding >= room) {
      decisions.push({ kind: 'refused', fileName, problems: [{ where: fileName, message: fullMessage() }] });
      return;
    }
    const landing = { fileName, index: review.respondents.length + adding, fingerprint: print };
    adding += 1;
    if (formId !== null) batch.set(`form:${formId}`, landing);
    else batch.set(`print:${print}`, landing);
    decisions.push({ kind: 'add', fileName, respondent: candidate });
  });
  return decisions;
}

/** The message for a review that cannot take another respondent. */
export const fullMessage = (): string =>
  `the review already holds ${LIMITS.respondents} respondents, the most one review can hold; start another review for further responses`;

/** Thrown by `applyCollect` when the accepted decisions would take the review past the respondent limit. */
export class TooManyRespondentsError extends Error {
  constructor() {
    super(fullMessage());
    this.name = 'TooManyRespondentsError';
  }
}

/**
 * The review with the accepted decisions applied: adds (and accepted other-review forms) appended in order, changed
 * forms replacing their respondent in place. Decisions that add nothing are ignored. Never exceeds the respondent
 * limit: with too many it throws `TooManyRespondentsError` and the review is left as it was (check with
 * `collectRoom` first to tell the person before).
 */
export function applyCollect(review: Review, accepted: readonly CollectDecision[]): Review {
  const respondents = [...review.respondents];
  for (const decision of accepted) {
    if (decision.kind === 'add' || decision.kind === 'other-review') {
      // A decision from another plan, or applied twice: the same respondent is never added again.
      if (respondents.some((r) => r.id === decision.respondent.id)) continue;
      respondents.push(decision.respondent);
    } else if (decision.kind === 'changed') {
      const at = respondents.findIndex((r) => r.id === decision.replacement.id);
      if (at >= 0) respondents[at] = decision.replacement;
    }
  }
  if (respondents.length > LIMITS.respondents) throw new TooManyRespondentsError();
  return respondents.length === review.respondents.length && respondents.every((r, i) => r === review.respondents[i])
    ? review
    : { ...review, respondents };
}

/** How many respondents the accepted decisions would add, and whether the review has room for them. */
export function collectRoom(review: Review, accepted: readonly CollectDecision[]): { adding: number; fits: boolean } {
  const adding = accepted.filter((d) => d.kind === 'add' || d.kind === 'other-review').length;
  return { adding, fits: review.respondents.length + adding <= LIMITS.respondents };
}
