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
