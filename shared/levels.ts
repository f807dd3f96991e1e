import type { RatingLevelId } from './instrument/schema.ts';

/**
 * One palette for the app, the workbooks and the comparison: a client who sees red in the app sees the same red in
 * Excel. `fill` is a light background that keeps black text readable (and prints in greyscale as distinct shades);
 * `strong` is for text, borders and chart lines.
 */
export const LEVEL_COLOURS: Record<RatingLevelId, { fill: string; strong: string }> = {
  'no-action-needed': { fill: '#F6D5D1', strong: '#B42318' },
  'no-action-in-hand': { fill: '#FBE3C4', strong: '#A15C07' },
  'yes-needs-improving': { fill: '#E4EFCF', strong: '#4D7C0F' },
  'yes-working-well': { fill: '#C8E6D2', strong: '#17663A' },
};

/** Short forms for narrow columns and charts; the full labels come from the instrument. */
export const LEVEL_SHORT: Record<RatingLevelId, string> = {
  'no-action-needed': 'NO - needed',
  'no-action-in-hand': 'NO - in hand',
  'yes-needs-improving': 'YES - improve',
  'yes-working-well': 'YES - well',
};

/**
 * Colours that carry a meaning beyond a level: better (up, resolved, final), worse (down, appeared, overdue) and
 * needs attention (a warning, something missing). Their ink is the ink of the level that means the same, so a
 * decline reads in the same red as "NO - action is needed".
 */
export const SIGNAL_COLOURS = {
  good: { fill: '#DCEFE3', strong: LEVEL_COLOURS['yes-working-well'].strong },
  bad: { fill: '#FDECEA', strong: LEVEL_COLOURS['no-action-needed'].strong },
  warn: { fill: '#FFF3DB', strong: LEVEL_COLOURS['no-action-in-hand'].strong },
} as const satisfies Record<string, { fill: string; strong: string }>;
export type Signal = keyof typeof SIGNAL_COLOURS;

/** The CSS custom property that holds a level's colour: the renderer's styles name these, never a hex. */
export const levelToken = (id: RatingLevelId, tone: 'fill' | 'strong'): string => `--level-${id}-${tone}`;
export const signalToken = (signal: Signal, tone: 'fill' | 'strong'): string => `--signal-${signal}-${tone}`;

/** Every palette colour as a CSS custom property and its value, for the renderer to set once on :root. */
export function paletteTokens(): [token: string, value: string][] {
  const tones = ['fill', 'strong'] as const;
  return [
    ...(Object.keys(LEVEL_COLOURS) as RatingLevelId[]).flatMap((id) =>
      tones.map((t) => [levelToken(id, t), LEVEL_COLOURS[id][t]] as [string, string]),
    ),
    ...(Object.keys(SIGNAL_COLOURS) as Signal[]).flatMap((s) =>
      tones.map((t) => [signalToken(s, t), SIGNAL_COLOURS[s][t]] as [string, string]),
    ),
  ];
}
