import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIBRARY_FILE_LABELS } from '@shared/bridge/menu.ts';

const srcRoot = path.resolve(import.meta.dirname, '../../../renderer/src');

function svelteFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return svelteFiles(full);
    return entry.name.endsWith('.svelte') ? [full] : [];
  });
}

describe('the library file labels', () => {
  it('no screen spells "Back up library" or "Restore or add from backup" itself: each takes them from the menu’s table', () => {
    const spelled = svelteFiles(srcRoot).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return Object.values(LIBRARY_FILE_LABELS)
        .filter((label) => text.includes(label))
        .map((label) => `${path.relative(srcRoot, file)}: “${label}”`);
    });
    expect(spelled).toEqual([]);
  });
});
