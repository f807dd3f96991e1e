import { describe, expect, it } from 'vitest';
import { DropZone } from '../../../renderer/src/drop/drop-zone.svelte.ts';
import type { AppState } from '../../../renderer/src/state/app.svelte.ts';
import type { Commands } from '../../../renderer/src/state/commands.svelte.ts';

describe('the drop overlay (renderer/src/drop/drop-zone.svelte.ts)', () => {
  it('shows from the first enter until the drag has left every element it entered, or is dropped', () => {
    // Nothing dropped (an empty drop) has nothing to open, so the app is asked only where it is.
    const zone = new DropZone({ router: { view: { name: 'library' } }, editor: null } as unknown as AppState, {} as Commands);
    const shown = (step: string) => {
      zone.handle(step, []);
      return zone.over;
    };
    expect(shown('dragenter')).toBe(true);
    // Onto a child: it enters the child before it leaves the parent.
    expect(shown('dragenter')).toBe(true);
    expect(shown('dragleave')).toBe(true);
    expect(shown('dragleave')).toBe(false);
    // A leave with no enter before it (one missed while the window was in the background) counts no lower than none.
    expect(shown('dragleave')).toBe(false);
    expect(shown('dragenter')).toBe(true);
    expect(shown('dragenter')).toBe(true);
    expect(shown('drop')).toBe(false);
    expect(shown('dragenter')).toBe(true);
  });
});
