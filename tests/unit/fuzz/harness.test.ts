import { describe, expect, it } from 'vitest';
import { err, ok } from '@shared/result.ts';
import { sampleBundle } from '../excel/sample.ts';
import { judgeReviewFile, judgeWorkbook, withinLimit } from './support/outcome.ts';

/** The fuzz rule itself must catch what it claims to: otherwise every property above passes vacuously. */
describe('fuzz outcome rule', () => {
  it('fails an import that never answers, and one that spends more CPU than the limit', async () => {
    // Limit 50 ms of CPU: wall time only bounds a promise that never settles, at twelve times that.
    await expect(withinLimit('never', () => new Promise(() => {}), 50)).rejects.toThrow(
      /hang: never did not answer within 600 ms of wall time/,
    );
    await expect(
      withinLimit(
        'busy',
        async () => {
          const start = process.cpuUsage();
          const cpuMs = () => {
            const used = process.cpuUsage(start);
            return (used.user + used.system) / 1000;
          };
          while (cpuMs() < 120) {
            /* a synchronous stall: the timer cannot fire, the CPU check must */
          }
        },
        50,
      ),
    ).rejects.toThrow(/hang: busy used \d+ ms of CPU \(limit 50 ms\)/);
  });

  it('does not call a case that waits on a starved machine a hang: wall time past the CPU limit, little CPU used', async () => {
    await expect(withinLimit('waits', () => new Promise((resolve) => setTimeout(() => resolve('done'), 200)), 50)).resolves.toBe('done');
  });

  it('lets an exception through as a failure instead of counting it as an outcome', async () => {
    await expect(withinLimit('throws', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  });

  it('refuses errors a person cannot act on', () => {
    expect(() => judgeWorkbook(err('corrupt-zip', ''))).toThrow(/empty/);
    expect(() => judgeWorkbook(err('invalid-workbook', 'Cannot import.'))).toThrow(/names no problem/);
    expect(() => judgeWorkbook(err('invalid-workbook', 'Cannot import.', [{ where: '', message: 'x' }]))).toThrow(/where/);
    expect(() => judgeWorkbook(err('corrupt-workbook', `bad ${'A'.repeat(3_000)}`))).toThrow(/characters long/);
    expect(() => judgeWorkbook(err('corrupt-workbook', 'bad [object Object]'))).toThrow(/not clear/);
    expect(() => judgeWorkbook(err('Not A Code', 'bad'))).toThrow(/not a code/);
    expect(
      judgeWorkbook(err('invalid-workbook', 'Cannot import.', [{ where: '2 Trust!E8', message: 'two ratings marked for 2.3' }])),
    ).toEqual({ kind: 'error', code: 'invalid-workbook' });
  });

  it('refuses a success that carries an invalid review or one that does not match its form', () => {
    const bundle = sampleBundle();
    expect(judgeReviewFile(ok(bundle))).toEqual({ kind: 'valid' });
    expect(() => judgeReviewFile(ok({ ...bundle, review: { ...bundle.review, date: '2025-02-30' } }))).toThrow(/invalid review/);
    const stray = {
      ...bundle,
      review: { ...bundle.review, answers: { ...bundle.review.answers, 'no-such-benchmark': bundle.review.answers['trust-openness']! } },
    };
    expect(() => judgeReviewFile(ok(stray))).toThrow(/does not match its form/);
    expect(() => judgeWorkbook(ok({ bundle, fromApp: true, warnings: [], fileName: 'x.xlsx', extra: 1 }))).toThrow(/invalid review/);
  });
});
