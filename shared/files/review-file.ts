import { err, ok, type Result } from '../result.ts';
import { ReviewBundleSchema, type ReviewBundle } from './bundle.ts';
import { issuesToProblems, parseEnvelope, reviewFormProblems, serializeFile } from './format.ts';

/** One review with its partnership, as a portable JSON file that moves between laptops. */
export function serializeReviewFile(bundle: ReviewBundle, now: string): string {
  const { partnership, review } = ReviewBundleSchema.parse(bundle);
  return serializeFile('partnership-review/review', now, { partnership, review });
}

export function parseReviewFile(text: string, fileName: string): Result<ReviewBundle> {
  const body = parseEnvelope(text, fileName, 'partnership-review/review');
  if (!body.ok) return body;
  const parsed = ReviewBundleSchema.safeParse(body.value);
  if (!parsed.success) {
    const problems = issuesToProblems(parsed.error.issues);
    return err(
      'invalid-file',
      `${fileName} cannot be opened: ${problems.length === 1 ? 'one value is' : `${problems.length} values are`} not valid.`,
      problems,
    );
  }
  const problems = reviewFormProblems(parsed.data.review, 'review');
  if (problems.length > 0) return err('invalid-file', `${fileName} cannot be opened: it does not match its form.`, problems);
  return ok(parsed.data);
}
