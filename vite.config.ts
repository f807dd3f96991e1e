import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { sharedAlias } from './build/alias.ts';
import { VitePWA } from 'vite-plugin-pwa';
import { pwaOptions } from './build/pwa.ts';

// The renderer, built once and served either by the Electron shell (app://) or as the browser build.
// Relative base so the same files load from app://, from file paths and from the preview server.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [svelte(), VitePWA(pwaOptions)],
  resolve: { alias: sharedAlias },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Modules that both the start-up code and the lazily loaded screens use would otherwise be scattered over
          // many small common chunks, each fetched and gzipped on its own before the first paint. Keep the runtime
          // libraries, the pure core and the app's state in one chunk; the screens loaded on first use and the
          // workbook code (ExcelJS) and the PDF report (pdfmake) stay lazy, as does what runs a file job (shared/bridge/run-job.ts, the
          // writers, the file-name sanitiser, the decode worker's client), needed only when a file is saved or opened.
          // Also kept out (each loaded by a dynamic import on first use): the editors' synced record (state/synced), the three-way merge of two windows' edits, the final-review rule and the merges it guards (shared/model/final.ts, state/lazy-merge.ts) and
          // the sync panel, import placement and the restore merge, the file commands, the review editor, the journal's
          // replay, the confirmation dialog, the registers' status control, the bridge contract's schemas and the list of damaged records (fetched only
          // when a saved record could not be read).
          groups: [
            {
              name: 'core',
              test: /node_modules[\\/](svelte|dexie|zod|clsx)[\\/]|[\\/](shared|instrument)[\\/](?!excel[\\/]|report[\\/]|respondents[\\/]|portfolio[\\/](?!facts-schema|order)|compare[\\/](?!limits)|files[\\/](kind-by-name|file-name|format|library-file|review-file|merge|placement|utf8)|model[\\/](merge-edits|conformance|final)|priorities|vocabulary[\\/]|bridge[\\/](run-job|checked|codecs|encoders|decoders|contract)|(instrument[\\/])?(catalogue|schema)\.|scoring|[^\\/]+\.json$)|[\\/]renderer[\\/]src[\\/](ui|state|store|bridge)[\\/](?!worker-decoder|decode-protocol|RecordSync|synced|merge\.ts|review-index|review-editor|partnership-editor|file-commands|lazy-merge|journal-replay|ConfirmDialog|DateField|RegisterStatus)/,
            },
          ],
        },
      },
    },
  },
  // The decode worker (renderer/src/bridge/decode-worker.ts) as an ES module, so that ExcelJS stays a chunk of its
  // own there too: opening a JSON file does not fetch it.
  worker: { format: 'es' },
  server: { port: 5173 },
  preview: { port: 4317, strictPort: true },
});
