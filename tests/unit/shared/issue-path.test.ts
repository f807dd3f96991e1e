import { describe, expect, it } from 'vitest';
import { ReviewBundleSchema } from '@shared/files/bundle.ts';
import { issuePath } from '@shared/zod.ts';

describe('issuePath: one wording for where a zod issue is', () => {
  it('writes names with dots, indexes and ids that are not plain names in brackets, and names the whole value', () => {
    expect(issuePath(['reviews', 1, 'id'], '(top level)')).toBe('reviews[1].id');
    expect(issuePath(['answers', 'leadership-common-vision', 'rating'], 'record')).toBe('answers["leadership-common-vision"].rating');
    expect(issuePath([], '(input)')).toBe('(input)');
  });

  it('reads a real issue from a schema at a boundary', () => {
    const parsed = ReviewBundleSchema.safeParse({ partnership: { partners: [1] }, review: null });
    expect(parsed.success).toBe(false);
    const wheres = parsed.success ? [] : parsed.error.issues.map((i) => issuePath(i.path, 'the file'));
    expect(wheres).toContain('review');
    expect(wheres.some((w) => w.startsWith('partnership.'))).toBe(true);
  });
});
