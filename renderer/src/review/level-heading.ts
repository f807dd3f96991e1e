import type { RatingLevelId } from '@shared/instrument/schema.ts';
import { levelVar } from '../ui/palette.ts';

/**
 * How a level's label is shown as a column heading (the grid, the Summary): its colour's fill lightened towards the
 * paper, and ink darkened from its colour towards the page's ink, so every label reads at 4.5:1 or more while keeping
 * its hue. Mixed from the one palette: no colour of its own.
 */
export function levelHeading(id: RatingLevelId): { background: string; color: string; rule: string } {
  return {
    background: `color-mix(in srgb, ${levelVar(id, 'fill')} 55%, var(--paper))`,
    color: `color-mix(in srgb, ${levelVar(id, 'strong')} 75%, var(--ink))`,
    rule: levelVar(id, 'strong'),
  };
}
