import { describe, expect, it } from 'vitest';
import { channels, contract } from '@shared/bridge/contract.ts';
import { decoders } from '@shared/bridge/decoders.ts';
import { encoders } from '@shared/bridge/encoders.ts';
import { fileChannels, jobs, shellChannels, suggestedName } from '@shared/bridge/jobs.ts';
import type { Clock } from '@shared/clock.ts';
import { MAX_FILE_NAME_BYTES, safeFileName } from '@shared/files/file-name.ts';
import { fileKinds } from '@shared/files/kinds.ts';
import { sampleBundle } from '../electron/fixtures.ts';

/** A clock whose UTC day (from now()) and local day (today()) differ, as at 11.30 pm in London in summer. */
const clock: Clock = { now: () => '2026-07-04T23:30:00.000Z', today: () => '2026-07-05' };

const bundleNamed = (partnership: string, title: string) => {
  const bundle = sampleBundle();
  return { bundle: { partnership: { ...bundle.partnership, name: partnership }, review: { ...bundle.review, title } } };
};
const reviewFileName = (partnership: string, title: string) =>
  suggestedName(jobs['review:saveFile'], bundleNamed(partnership, title), clock);
const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

describe('the file-job table (shared/bridge/jobs.ts)', () => {
  it('gives every contract channel exactly one job or one shell answer, never both', () => {
    expect([...fileChannels, ...shellChannels].sort()).toEqual([...channels].sort());
    expect(new Set([...fileChannels, ...shellChannels]).size).toBe(channels.length);
  });

  it('names a registered writer for every save and a registered reader for every open, of a known file kind', () => {
    for (const channel of fileChannels) {
      const job = jobs[channel];
      expect(Object.keys(fileKinds)).toContain(job.kind);
      if (job.action === 'save') expect(Object.keys(encoders)).toContain(job.encoder);
      else expect(Object.keys(decoders)).toContain(job.decoder);
      // A save answers "saved"/"cancelled"; an open answers "opened"/"cancelled": the contract agrees with the job.
      expect(contract[channel].output.safeParse({ status: 'saved', name: 'x' }).success).toBe(job.action === 'save');
    }
  });

  it('suggests each kind’s extension: a review file is ….partnershipreview, a backup ….json, a workbook ….xlsx', async () => {
    const input = bundleNamed('Riverside', 'Spring review');
    expect(await suggestedName(jobs['review:saveFile'], input, clock)).toBe('Riverside – Spring review 2026-03-04.partnershipreview');
    expect(await suggestedName(jobs['excel:exportReview'], input, clock)).toBe('Riverside – Spring review 2026-03-04.xlsx');
    expect(await suggestedName(jobs['excel:exportTemplate'], {}, clock)).toBe('Digging Deeper – blank form.xlsx');
  });

  it('dates backups and comparisons by the local day, not the UTC day of the instant', async () => {
    expect(await suggestedName(jobs['library:saveBackup'], { library: { partnerships: [], reviews: [] } }, clock)).toBe(
      'Partnership Review library 2026-07-05.json',
    );
    const { partnership, review } = sampleBundle();
    expect(await suggestedName(jobs['excel:exportComparison'], { partnership, reviews: [review, review] }, clock)).toBe(
      'Riverside Health Partnership – comparison 2026-07-05.xlsx',
    );
  });
});

describe('the one file-name sanitiser (shared/files/file-name.ts)', () => {
  it('renames Windows reserved device names, with or without an extension', () => {
    expect(safeFileName('CON', 'xlsx')).toBe('CON-.xlsx');
    expect(safeFileName('nul', 'review.json')).toBe('nul-.review.json');
    expect(safeFileName('COM1 ', 'json')).toBe('COM1-.json');
  });

  it('replaces path separators and characters Windows refuses, keeping the rest of the name', async () => {
    expect(safeFileName('a/b:c', 'xlsx')).toBe('a-b-c.xlsx');
    expect(await reviewFileName('Northshire Health & Care', 'a/b: c?')).toBe(
      'Northshire Health & Care – a-b- c- 2026-03-04.partnershipreview',
    );
    expect(safeFileName('tab\there\nnew line <x>|"y"*', 'json')).toBe('tab here new line -x-y-.json');
    // No separator survives, so a name can never climb out of the folder chosen.
    expect(safeFileName('..\\..\\secret', 'json')).toBe('-..-secret.json');
  });

  it('cuts a 300-character name to whole characters within the byte limit, keeping the extension', () => {
    const long = safeFileName('é'.repeat(300), 'review.json');
    expect(long.endsWith('é.review.json')).toBe(true);
    expect(utf8Bytes(long)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(utf8Bytes(long)).toBeGreaterThan(MAX_FILE_NAME_BYTES - 3);
    const emoji = safeFileName('🙂'.repeat(300), 'xlsx');
    expect(utf8Bytes(emoji)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(emoji).toMatch(/^(🙂)+\.xlsx$/u);
  });

  it('names an empty, blank or all-dots name "Untitled", never a hidden file', () => {
    expect(safeFileName('', 'xlsx')).toBe('Untitled.xlsx');
    expect(safeFileName('   ', 'json')).toBe('Untitled.json');
    expect(safeFileName('...', 'json')).toBe('Untitled.json');
    expect(safeFileName('.hidden', 'json')).toBe('hidden.json');
  });
});
