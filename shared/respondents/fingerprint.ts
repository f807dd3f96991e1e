import { fingerprint } from '../excel/fingerprints.ts';
import type { Respondent } from '../model/respondent.ts';

/** What a returned form says, as the respondent filled it in: the part of a respondent that a file carries. */
export type RespondentContent = Pick<Respondent, 'name' | 'organisation' | 'role' | 'ratings' | 'comments' | 'factors'>;

/**
 * A short hash of what a returned file said, kept on the respondent so the same file collected twice adds nothing,
 * even when the respondent was edited in the app since. The hashing rule is the workbook's own (excel/fingerprints.ts):
 * one rule in one place. Only the content counts — never the file name, the form id or when it arrived.
 */
export function respondentFingerprint(content: RespondentContent): string {
  return fingerprint({
    name: content.name,
    organisation: content.organisation,
    role: content.role,
    ratings: content.ratings,
    comments: content.comments,
    factors: content.factors,
  });
}
