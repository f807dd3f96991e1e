import { describe, expect, it } from 'vitest';
import { placeWindow } from '../../../electron/window-state.ts';

const laptop = { x: 0, y: 0, width: 1366, height: 728 };
const monitor = { x: 1366, y: 0, width: 2560, height: 1400 };
const preferred = { width: 1280, height: 860, minWidth: 900, minHeight: 600 };

describe('where the window opens (electron/window-state.ts)', () => {
  it('opens where it was last, maximised again if it was, when that place is on a screen', () => {
    const saved = { x: 1500, y: 100, width: 1600, height: 1000, maximized: true };
    expect(placeWindow(saved, [laptop, monitor], laptop, preferred)).toEqual({
      bounds: { x: 1500, y: 100, width: 1600, height: 1000 },
      maximized: true,
    });
  });

  it('opens centred on the primary screen when its monitor was unplugged, no larger than that screen', () => {
    const saved = { x: 1500, y: 100, width: 1600, height: 1000, maximized: false };
    // 1366 × 728 work area: the window shrinks to fit it (never below its minimum size) and is centred.
    expect(placeWindow(saved, [laptop], laptop, preferred)).toEqual({
      bounds: { x: 0, y: 0, width: 1366, height: 728 },
      maximized: false,
    });
  });

  it('treats a window whose title bar is off every screen as lost, and a first start as the default size', () => {
    const titleAbove = { x: 100, y: -500, width: 1200, height: 800, maximized: false };
    expect(placeWindow(titleAbove, [monitor, laptop], monitor, preferred).bounds).toEqual({ x: 2046, y: 300, width: 1200, height: 800 });
    expect(placeWindow(null, [monitor], monitor, preferred)).toEqual({
      bounds: { x: 2006, y: 270, width: 1280, height: 860 },
      maximized: false,
    });
  });
});
