import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// The renderer, built once and served either by the Electron shell (app://) or as the browser build.
// Relative base so the same files load from app://, from file paths and from the preview server.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [svelte()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, target: 'es2022', sourcemap: true },
  server: { port: 5173 },
  preview: { port: 4317, strictPort: true },
});
