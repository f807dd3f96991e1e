import { describe, expect, it } from 'vitest';
import { parseLibraryFile, serializeLibrary } from '@shared/files/library-file.ts';
import { serializeReviewFile } from '@shared/files/review-file.ts';
import { NOW, sampleBundle } from '../excel/sample.ts';

function library() {
  const { partnership, review } = sampleBundle();
  const second = { ...review, id: '9e9e9e9e-1111-4222-8333-444444444444', title: 'Autumn review', date: '2025-10-01' };
  return { partnerships: [partnership], reviews: [review, second] };
}

describe('the library backup file', () => {
  it('round-trips the whole library', () => {
    const text = serializeLibrary(library(), NOW);
    expect(JSON.parse(text)).toMatchObject({ format: 'partnership-review/library', formatVersion: 3, savedAt: NOW });
    expect(parseLibraryFile(text, 'backup.json')).toEqual({ ok: true, value: library() });
  });

  it('refuses a review file opened as a backup', () => {
    const result = parseLibraryFile(serializeReviewFile(sampleBundle(), NOW), 'one.json');
    expect(!result.ok && result.error.message).toBe(
      'one.json is a Partnership Review review file, not a Partnership Review library backup.',
    );
  });

  it('refuses a newer formatVersion', () => {
    const result = parseLibraryFile(serializeLibrary(library(), NOW).replace('"formatVersion": 3', '"formatVersion": 5'), 'b.json');
    expect(!result.ok && result.error.code).toBe('newer-format');
  });

  it('refuses duplicate ids and reviews whose partnership is missing, naming each place', () => {
    const lib = library();
    lib.reviews[1] = { ...lib.reviews[1]!, id: lib.reviews[0]!.id, partnershipId: '12345678-1234-4234-8234-123456789abc' };
    const text = JSON.stringify({ format: 'partnership-review/library', formatVersion: 1, savedAt: NOW, ...lib });
    const result = parseLibraryFile(text, 'b.json');
    expect(!result.ok && result.error.problems).toEqual([
      { where: 'reviews[1].id', message: `the id ${lib.reviews[0]!.id} is used again (first at reviews[0])` },
      { where: 'reviews[1].partnershipId', message: 'no partnership 12345678-1234-4234-8234-123456789abc in this file' },
    ]);
  });

  it('names the path of a schema problem and refuses a file with no envelope', () => {
    const lib = library() as { partnerships: { name: string }[] };
    lib.partnerships[0]!.name = '   ';
    const text = JSON.stringify({ format: 'partnership-review/library', formatVersion: 1, savedAt: NOW, ...lib });
    expect(parseLibraryFile(text, 'b.json')).toMatchObject({
      ok: false,
      error: { problems: [{ where: 'partnerships[0].name', message: 'a partnership needs a name' }] },
    });
    expect(parseLibraryFile('[1,2,3]', 'b.json')).toMatchObject({ ok: false, error: { code: 'wrong-format' } });
  });
});
