import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentInstrument } from '@shared/instrument/catalogue.ts';
import { LEVEL_COLOURS, SIGNAL_COLOURS } from '@shared/levels.ts';
import { applyPalette } from '../../../renderer/src/ui/palette.ts';

const rendererRoot = path.resolve(import.meta.dirname, '../../../renderer');

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourcesUnder(full);
    return /\.(svelte|css|ts|html)$/.test(entry.name) ? [full] : [];
  });
}

describe('the palette as CSS custom properties', () => {
  const root = new Map<string, string>();
  applyPalette({ setProperty: (name: string, value: string | null) => void root.set(name, value ?? '') });

  it('sets a fill and an ink token on :root for every level of the form, equal to the shared palette', () => {
    for (const level of currentInstrument.ratingLevels) {
      expect(root.get(`--level-${level.id}-fill`)).toBe(LEVEL_COLOURS[level.id].fill);
      expect(root.get(`--level-${level.id}-strong`)).toBe(LEVEL_COLOURS[level.id].strong);
    }
    expect(root.get('--level-no-action-needed-strong')).toBe('#B42318');
  });

  it('sets the signal tokens, whose ink is the ink of the level that means the same', () => {
    for (const [signal, colour] of Object.entries(SIGNAL_COLOURS)) {
      expect(root.get(`--signal-${signal}-fill`)).toBe(colour.fill);
      expect(root.get(`--signal-${signal}-strong`)).toBe(colour.strong);
    }
    expect(root.get('--signal-bad-strong')).toBe(root.get('--level-no-action-needed-strong'));
    expect(root.get('--signal-good-strong')).toBe(root.get('--level-yes-working-well-strong'));
  });

  it('is the only place the renderer spells a level or signal colour', () => {
    const palette = new Set([...Object.values(LEVEL_COLOURS), ...Object.values(SIGNAL_COLOURS)].flatMap((c) => [c.fill, c.strong]));
    const offenders = sourcesUnder(rendererRoot).flatMap((file) => {
      const text = readFileSync(file, 'utf8').toLowerCase();
      return [...palette].filter((hex) => text.includes(hex.toLowerCase())).map((hex) => `${path.relative(rendererRoot, file)}: ${hex}`);
    });
    expect(offenders).toEqual([]);
  });
});
