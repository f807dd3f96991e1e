import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const srcRoot = path.resolve(import.meta.dirname, '../../../renderer/src');

function componentsUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return componentsUnder(full);
    return entry.name.endsWith('.svelte') ? [full] : [];
  });
}

describe('pages get what they need through Svelte context (issue 9)', () => {
  it('no component below App.svelte takes or imports the whole AppState', () => {
    const components = componentsUnder(srcRoot);
    expect(components.length).toBeGreaterThan(10);
    const offenders = components
      .filter((file) => path.relative(srcRoot, file) !== 'App.svelte')
      .filter((file) => /\bAppState\b|\/app\.svelte\.ts/.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(srcRoot, file));
    expect(offenders).toEqual([]);
  });

  it('the context module exports a getter and a setter for each piece pages use', async () => {
    const context: Record<string, unknown> = await import('../../../renderer/src/state/context.ts');
    for (const piece of ['Commands', 'Router', 'Saver', 'Notices', 'Shown', 'Store', 'Clock', 'BridgePort']) {
      expect(typeof context[`get${piece}`], `get${piece}`).toBe('function');
      expect(typeof context[`set${piece}`], `set${piece}`).toBe('function');
    }
  });
});
