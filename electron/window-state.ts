import { z } from '@shared/zod.ts';

/**
 * Where the window was last time, so it opens the same size in the same place — unless that place is no longer on
 * any screen (a monitor unplugged, a laptop off its dock), when it opens centred on the primary screen instead.
 * Pure: the shell reads and writes the saved state and asks Electron for the displays.
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const WindowStateSchema = z.strictObject({
  x: z.int(),
  y: z.int(),
  width: z.int().check(z.positive()),
  height: z.int().check(z.positive()),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

export interface Placement {
  bounds: Partial<Rect> & Pick<Rect, 'width' | 'height'>;
  maximized: boolean;
}

/** Enough of the title bar must be on a screen for the person to grab it and move the window. */
const GRAB = { width: 120, height: 40 };

export function placeWindow(
  saved: WindowState | null,
  workAreas: readonly Rect[],
  primary: Rect,
  preferred: { width: number; height: number; minWidth: number; minHeight: number },
): Placement {
  const fit = (width: number, height: number, area: Rect) => ({
    width: Math.max(Math.min(width, area.width), Math.min(preferred.minWidth, area.width)),
    height: Math.max(Math.min(height, area.height), Math.min(preferred.minHeight, area.height)),
  });
  if (saved) {
    const titleBar: Rect = { x: saved.x, y: saved.y, width: saved.width, height: GRAB.height };
    const home = workAreas.find(
      (area) => overlap(titleBar, area).width >= Math.min(GRAB.width, saved.width) && overlap(titleBar, area).height >= GRAB.height / 2,
    );
    if (home) return { bounds: { x: saved.x, y: saved.y, ...fit(saved.width, saved.height, home) }, maximized: saved.maximized };
  }
  const size = fit(saved?.width ?? preferred.width, saved?.height ?? preferred.height, primary);
  return {
    bounds: {
      x: Math.round(primary.x + (primary.width - size.width) / 2),
      y: Math.round(primary.y + (primary.height - size.height) / 2),
      ...size,
    },
    maximized: saved?.maximized ?? false,
  };
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}
