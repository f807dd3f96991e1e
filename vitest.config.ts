import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { sharedAlias } from './build/alias.ts';

// Only tests/unit: the Playwright specs under tests/e2e and tests/electron must never be collected here.
export default defineConfig({
  plugins: [svelte()],
  resolve: { alias: sharedAlias },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
