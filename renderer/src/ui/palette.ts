import { levelToken, paletteTokens } from '@shared/levels.ts';
import type { RatingLevelId } from '@shared/instrument/schema.ts';

/**
 * The shared palette (shared/levels.ts) set once as custom properties on :root before the app mounts, so the app's
 * styles and the workbooks cannot disagree about a colour. Through the CSSOM rather than a <style> element: the same
 * code serves the browser build and the desktop app's Content-Security-Policy.
 */
export function applyPalette(style: Pick<CSSStyleDeclaration, 'setProperty'>): void {
  for (const [token, value] of paletteTokens()) style.setProperty(token, value);
}

/** `var(--level-…-fill)`: a level's colour for a style attribute or a CSS rule. */
export const levelVar = (id: RatingLevelId, tone: 'fill' | 'strong'): string => `var(${levelToken(id, tone)})`;
