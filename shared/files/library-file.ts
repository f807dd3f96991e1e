import { err, ok, type Problem, type Result } from '../result.ts';
import { LibrarySnapshotSchema, type LibrarySnapshot } from './bundle.ts';
import { issuesToProblems, parseEnvelope, reviewFormProblems, serializeFile } from './format.ts';

/** The whole library as one backup file. */
export function serializeLibrary(snapshot: LibrarySnapshot, now: string): string {
  const { partnerships, reviews } = LibrarySnapshotSchema.parse(snapshot);
  return serializeFile('partnership-review/library', now, { partnerships, reviews });
}

/** Besides the schema: no id twice, and every review's partnership is in the file, so a restore cannot orphan it. */
function consistencyProblems(snapshot: LibrarySnapshot): Problem[] {
  const problems: Problem[] = [];
  const firstSeen = new Map<string, string>();
  const claim = (id: string, where: string) => {
    const first = firstSeen.get(id);
    if (first) problems.push({ where: `${where}.id`, message: `the id ${id} is used again (first at ${first})` });
    else firstSeen.set(id, where);
  };
  snapshot.partnerships.forEach((p, i) => claim(p.id, `partnerships[${i}]`));
  const partnershipIds = new Set(snapshot.partnerships.map((p) => p.id));
  snapshot.reviews.forEach((r, i) => {
    claim(r.id, `reviews[${i}]`);
    if (!partnershipIds.has(r.partnershipId))
      problems.push({ where: `reviews[${i}].partnershipId`, message: `no partnership ${r.partnershipId} in this file` });
    problems.push(...reviewFormProblems(r, `reviews[${i}]`));
  });
  return problems;
}

export function parseLibraryFile(text: string, fileName: string): Result<LibrarySnapshot> {
  const body = parseEnvelope(text, fileName, 'partnership-review/library');
  if (!body.ok) return body;
  const parsed = LibrarySnapshotSchema.safeParse(body.value);
  const problems = parsed.success ? consistencyProblems(parsed.data) : issuesToProblems(parsed.error.issues);
  if (!parsed.success || problems.length > 0) {
    return err(
      'invalid-file',
      `${fileName} cannot be restored: ${problems.length === 1 ? 'one problem needs' : `${problems.length} problems need`} fixing first. Nothing was changed.`,
      problems,
    );
  }
  return ok(parsed.data);
}
