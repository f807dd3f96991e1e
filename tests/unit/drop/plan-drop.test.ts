import { describe, expect, it } from 'vitest';
import { kindByName } from '@shared/files/kind-by-name.ts';
import { ACCEPTED, planDrop } from '../../../renderer/src/drop/plan-drop.ts';

const files = (...names: string[]) => names.map((name) => ({ name, folder: false }));
const onLibrary = { reviewOpen: false };
const onReview = { reviewOpen: true };

describe('what a file is by its name (shared/files/kinds.ts)', () => {
  it('knows workbooks, review files (old and new names) and library backups, whatever the case', () => {
    expect(kindByName('Riverside – Spring review 2026-03-11.xlsx')).toBe('workbook');
    expect(kindByName('RETURNED FORM.XLSX')).toBe('workbook');
    expect(kindByName('Riverside.partnershipreview')).toBe('reviewFile');
    expect(kindByName('Riverside.Review.JSON')).toBe('reviewFile');
    expect(kindByName('Partnership Review library 2026-03-11.json')).toBe('library');
    for (const name of ['notes.txt', 'photo.png', 'forms.zip', 'report.pdf', 'xlsx', 'partnershipreview', 'Folder', 'a.xlsx.txt']) {
      expect(kindByName(name), name).toBeNull();
    }
  });
});

describe('what a drop does (renderer/src/drop/plan-drop.ts)', () => {
  it('runs the menu’s command for one file of each kind', () => {
    expect(planDrop(files('Riverside.partnershipreview'), onLibrary)).toEqual({ action: 'open-review-file' });
    expect(planDrop(files('Riverside.review.json'), onReview)).toEqual({ action: 'open-review-file' });
    expect(planDrop(files('Partnership Review library.json'), onReview)).toEqual({ action: 'restore-library' });
    expect(planDrop(files('export.xlsx'), onLibrary)).toEqual({ action: 'import-excel' });
  });

  it('asks what one workbook dropped on an open review is; takes several as response forms for it', () => {
    expect(planDrop(files('Ann.xlsx'), onReview)).toEqual({ action: 'ask-workbook' });
    expect(planDrop(files('Ann.xlsx', 'Bilal.XLSX', 'Cara.xlsx'), onReview)).toEqual({ action: 'import-responses' });
  });

  it('says several workbooks need an open review, and that one at a time imports a review', () => {
    const plan = planDrop(files('Ann.xlsx', 'Bilal.xlsx'), onLibrary);
    expect(plan).toEqual({ action: 'refuse', message: expect.stringContaining('open the review they belong to') as string });
    expect(plan).toEqual({ action: 'refuse', message: expect.stringContaining('drop it alone') as string });
  });

  it('takes other files one at a time', () => {
    for (const names of [
      ['a.partnershipreview', 'b.partnershipreview'],
      ['a.xlsx', 'library.json'],
      ['a.partnershipreview', 'a.xlsx'],
    ]) {
      const plan = planDrop(files(...names), onReview);
      expect(plan, names.join()).toEqual({
        action: 'refuse',
        message: expect.stringMatching(/^Drop review files and backups one at a time \(2 files/) as string,
      });
    }
  });

  it('names what it cannot open and says what it can, from the file-kind table', () => {
    expect(planDrop(files('notes.txt'), onLibrary)).toEqual({
      action: 'refuse',
      message: `“notes.txt” is not a file this app opens. ${ACCEPTED}`,
    });
    expect(planDrop(files('a.png', 'b.xlsx', 'c.txt', 'd.doc', 'e.pdf'), onReview)).toEqual({
      action: 'refuse',
      message: `“a.png”, “c.txt”, “d.doc” and 1 more are not files this app opens. ${ACCEPTED}`,
    });
    expect(planDrop([{ name: 'Reviews.json', folder: true }], onLibrary)).toEqual({
      action: 'refuse',
      message: `“Reviews.json” is a folder: drop the files themselves. ${ACCEPTED}`,
    });
    expect(ACCEPTED).toBe(
      'You can drop an Excel workbook (.xlsx), a Partnership review (.partnershipreview or .review.json) or a Partnership Review library backup (.json); several response forms at once go into the review that is open.',
    );
  });

  it('has nothing to say when no file was dropped', () => {
    expect(planDrop([], onReview)).toBeNull();
  });
});
