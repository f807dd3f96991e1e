import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The workbooks share one styling kit: colours live in palette.ts, looks in styles.ts, and a cell is given its whole
 * look by `wear`. Readers take positions from a sheet's layout module, never from its writer.
 */
const root = path.resolve(__dirname, '../../../shared/excel');
const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => f.split(path.sep).join('/'));
const source = (f: string) => readFileSync(path.join(root, f), 'utf8');
const importsOf = (f: string) => [...source(f).matchAll(/from '([^']+)'/g)].map((m) => path.posix.join(path.posix.dirname(f), m[1]!));

describe('one Excel styling kit', () => {
  it('spells colours out only in the palette', () => {
    const offenders = files.filter((f) => f !== 'palette.ts' && /'FF[0-9A-Fa-f]{6}'|'#[0-9A-Fa-f]{6}'/.test(source(f)));
    expect(offenders).toEqual([]);
  });

  it('never patches part of a cell’s look: every sheet wears a whole, shared look', () => {
    const offenders = files.filter((f) => f !== 'styles.ts' && /\.(font|fill|alignment|border|numFmt)\s*=[^=]/.test(source(f)));
    expect(offenders).toEqual([]);
  });

  it('keeps readers away from writers: no reader imports a sheet writer or the exporter', () => {
    const readers = files.filter((f) => f.endsWith('-read.ts') || f === 'import.ts');
    expect(readers.length).toBeGreaterThan(3);
    const reached = readers.flatMap((f) =>
      importsOf(f)
        .filter((i) => /-sheet\.ts$|(^|\/)export\.ts$/.test(i))
        .map((i) => `${f} -> ${i}`),
    );
    expect(reached).toEqual([]);
  });
});
