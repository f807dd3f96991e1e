import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIBRARY_FILE_LABELS } from '@shared/bridge/menu.ts';

const srcRoot = path.resolve(import.meta.dirname, '../../../renderer/src');

/** Every screen and every piece of renderer code that words a message: the .svelte and .ts files. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(svelte|ts)$/.test(entry.name) ? [full] : [];
  });
}

describe('the library file labels', () => {
  it('no screen or message spells "Back up library" or "Restore or add from backup" itself: each takes them from the menu’s table', () => {
    const spelled = sourceFiles(srcRoot).flatMap((file) => {
      // What a person reads, not what a comment says about it.
      const text = readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/<!--[\s\S]*?-->/g, '')
        .replace(/^\s*\/\/.*$/gm, '');
      return Object.values(LIBRARY_FILE_LABELS)
        .filter((label) => text.includes(label))
        .map((label) => `${path.relative(srcRoot, file)}: “${label}”`);
    });
    expect(spelled).toEqual([]);
  });
});
