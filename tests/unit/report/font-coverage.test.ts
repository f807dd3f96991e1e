import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPORT_FONT_FILES, REPORT_FONT_FOLDER } from '@shared/report/fonts.ts';
import { reportDefinition } from '@shared/report/index.ts';
import { earlierReview, fullReview, input } from './fixtures.ts';

/**
 * The report embeds DejaVu Sans cut down by build/subset-fonts.sh. A character missing from the cut would print as an
 * empty box, so every character the report can print must be in all three faces: the form's own text, every string
 * written in the report's code (and the code it takes wording from), what a full report of the fixture review says,
 * and the typography and accented names of British text.
 */
const root = path.resolve(import.meta.dirname, '../../..');
const FACES = Object.values(REPORT_FONT_FILES);

/** The characters a face maps, read from its cmap table (format 4 or 12), independently of any font library. */
function mappedCharacters(bytes: Buffer): Set<number> {
  const tables = bytes.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < tables; i += 1) {
    const at = 12 + i * 16;
    if (bytes.toString('latin1', at, at + 4) === 'cmap') cmap = bytes.readUInt32BE(at + 8);
  }
  if (cmap < 0) throw new Error('no cmap table');
  const codes = new Set<number>();
  const subtables = bytes.readUInt16BE(cmap + 2);
  for (let i = 0; i < subtables; i += 1) {
    const sub = cmap + bytes.readUInt32BE(cmap + 4 + i * 8 + 4);
    const format = bytes.readUInt16BE(sub);
    if (format === 4) {
      const segments = bytes.readUInt16BE(sub + 6) / 2;
      const ends = sub + 14;
      const starts = ends + segments * 2 + 2;
      const deltas = starts + segments * 2;
      const offsets = deltas + segments * 2;
      for (let s = 0; s < segments; s += 1) {
        const end = bytes.readUInt16BE(ends + s * 2);
        const start = bytes.readUInt16BE(starts + s * 2);
        const delta = bytes.readInt16BE(deltas + s * 2);
        const offset = bytes.readUInt16BE(offsets + s * 2);
        for (let c = start; c <= end && c !== 0xffff; c += 1) {
          const glyph =
            offset === 0
              ? (c + delta) & 0xffff
              : bytes.readUInt16BE(offsets + s * 2 + offset + (c - start) * 2) &&
                (bytes.readUInt16BE(offsets + s * 2 + offset + (c - start) * 2) + delta) & 0xffff;
          if (glyph !== 0) codes.add(c);
        }
      }
    } else if (format === 12) {
      const groups = bytes.readUInt32BE(sub + 12);
      for (let g = 0; g < groups; g += 1) {
        const at = sub + 16 + g * 12;
        for (let c = bytes.readUInt32BE(at); c <= bytes.readUInt32BE(at + 4); c += 1) codes.add(c);
      }
    }
  }
  return codes;
}

/** The OpenType layout features a face's GSUB or GPOS table lists (its FeatureList's tags), read from the bytes. */
function layoutFeatures(bytes: Buffer, table: 'GSUB' | 'GPOS'): Set<string> {
  const tables = bytes.readUInt16BE(4);
  for (let i = 0; i < tables; i += 1) {
    const at = 12 + i * 16;
    if (bytes.toString('latin1', at, at + 4) !== table) continue;
    const list = bytes.readUInt32BE(at + 8) + bytes.readUInt16BE(bytes.readUInt32BE(at + 8) + 6);
    const count = bytes.readUInt16BE(list);
    return new Set(Array.from({ length: count }, (_, f) => bytes.toString('latin1', list + 2 + f * 6, list + 6 + f * 6)));
  }
  return new Set();
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** Every string a pdfmake definition prints. */
function textsOf(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(textsOf);
  if (node && typeof node === 'object')
    return Object.entries(node).flatMap(([k, v]) => (k === 'text' || typeof v === 'object' ? textsOf(v) : []));
  return [];
}

const printable = (text: string) => [...text].filter((c) => c >= ' ' && c !== '\u007f');
/** Source text without its comments (which may explain a formula in symbols the report never prints). */
const withoutComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');

const SOURCES = [
  'instrument',
  'shared/report',
  'shared/levels.ts',
  'shared/dates.ts',
  'shared/priorities.ts',
  'shared/vocabulary',
  'shared/compare',
  'shared/respondents',
  'shared/model/respondent.ts',
];

/** British typography and names from across Britain and Europe that a partnership might include. */
const BRITISH_TEXT =
  '£€ – — ‘ ’ “ ” • … ≥ ≤ → ↑ ↓ ✓ ✗ ⚠ · ½ ° × Zoë Siân Dafydd Gwenllïan Ŵyn Ẁ ẃ ẅ ỳ ŷ Bartłomiej Jiří Ærøskøbing Çelik Müller Ñuñez Ógra Fiachrá Éire';

const required = new Set<string>([
  ...SOURCES.flatMap((source) => {
    const full = path.join(root, source);
    const files = statSync(full).isDirectory() ? filesUnder(full) : [full];
    return files.flatMap((f) => printable(withoutComments(readFileSync(f, 'utf8'))));
  }),
  ...textsOf(reportDefinition(input(fullReview(), [earlierReview()]))).flatMap(printable),
  ...printable(BRITISH_TEXT),
]);

describe('the report’s embedded font', () => {
  for (const face of FACES) {
    it(`${face} has every character the report can print`, () => {
      const mapped = mappedCharacters(readFileSync(path.join(root, REPORT_FONT_FOLDER, face)));
      const missing = [...required].filter((c) => !mapped.has(c.codePointAt(0)!));
      expect(missing.map((c) => `${c} U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`)).toEqual([]);
      expect(required.size).toBeGreaterThan(120); // the sources were read, not skipped
    });

    it(`${face} still kerns and joins fi/fl, so the cut text looks as the full font's`, () => {
      const bytes = readFileSync(path.join(root, REPORT_FONT_FOLDER, face));
      expect([...layoutFeatures(bytes, 'GPOS')]).toContain('kern');
      expect([...layoutFeatures(bytes, 'GSUB')]).toContain('liga');
    });
  }
});
