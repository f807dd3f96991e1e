import { describe, expect, it } from 'vitest';
import { commandForFile, ExternalFiles, filesInArgv } from '../../../electron/external-files.ts';

describe('files handed over by the operating system (electron/external-files.ts)', () => {
  it('opens review files, workbooks and backups with the menu’s own commands, and nothing else', () => {
    expect(commandForFile('/home/sam/Riverside 2026-03-11.partnershipreview')).toBe('open-review-file');
    expect(commandForFile('C:\\Reviews\\Riverside.review.json')).toBe('open-review-file');
    // Any other .json is a library backup, as when it is dropped on the window (kind-by-name.ts).
    expect(commandForFile('/home/sam/Partnership Review backup 2026-12-01.json')).toBe('restore-library');
    expect(commandForFile('/home/sam/Returned FORM.XLSX')).toBe('import-excel');
    expect(commandForFile('/home/sam/notes.txt')).toBeNull();
    expect(commandForFile('/home/sam/report.pdf')).toBeNull();
  });

  it('finds the files on a command line, skipping the program, its folder and switches', () => {
    expect(filesInArgv(['/opt/pr/partnership-review', '--no-sandbox', 'Riverside.partnershipreview', '-psn_0_1234'], '/home/sam')).toEqual([
      '/home/sam/Riverside.partnershipreview',
    ]);
    expect(filesInArgv(['/usr/bin/electron', '.', '/data/a.xlsx', 'b.review.json', 'c.txt'], '/work')).toEqual([
      '/data/a.xlsx',
      '/work/b.review.json',
    ]);
    expect(filesInArgv(['/opt/pr/partnership-review'], '/')).toEqual([]);
  });

  it('holds commands until the page listens, then hands each open job its own file, oldest first', () => {
    const sent: string[] = [];
    const files = new ExternalFiles((command) => sent.push(command));
    files.add(['/a/one.partnershipreview', '/a/form.xlsx', '/a/ignored.txt', '/a/two.review.json', '/a/backup.json']);
    expect(sent).toEqual([]);
    files.listening();
    expect(sent).toEqual(['open-review-file', 'import-excel', 'open-review-file', 'restore-library']);
    expect(files.take('workbook')).toBe('/a/form.xlsx');
    expect(files.take('workbook')).toBeUndefined();
    expect(files.take('library')).toBe('/a/backup.json');
    expect(files.take('library')).toBeUndefined();
    expect(files.take('reviewFile')).toBe('/a/one.partnershipreview');
    expect(files.take('reviewFile')).toBe('/a/two.review.json');
    // Listening: sent at once. After a reload starts, held again until the page listens.
    files.add(['/b/now.xlsx']);
    expect(sent.at(-1)).toBe('import-excel');
    files.notListening();
    files.add(['/b/later.partnershipreview']);
    expect(sent).toHaveLength(5);
    files.listening();
    expect(sent).toHaveLength(6);
  });
});
