// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

/** What the pure core may never reach for: the desktop shell, the store, the UI, Node's I/O. */
const impureModules = [
  { group: ['electron', 'electron/*'], message: 'shared/ is pure: Electron belongs in electron/.' },
  { group: ['dexie', 'dexie/*', 'fake-indexeddb', 'fake-indexeddb/*'], message: 'shared/ is pure: the store belongs in renderer/.' },
  { group: ['svelte', 'svelte/*', '*.svelte'], message: 'shared/ is pure: UI belongs in renderer/.' },
  {
    group: ['fs', 'fs/*', 'node:*', 'path', 'os', 'child_process'],
    message: 'shared/ is pure: file and OS access belong in electron/ or the command line.',
  },
  {
    group: ['**/renderer/**', '**/electron/**', '../renderer', '../electron'],
    message: 'shared/ must not depend on renderer/ or electron/.',
  },
];

/**
 * The command line, the Node file service and the worker that parses untrusted files run under plain Node (and in a
 * worker thread, where Electron's modules do not exist): they may never reach for Electron, directly or through the
 * desktop shell's Electron-dependent modules.
 */
const desktopShell = ['files', 'handlers', 'main', 'ipc', 'menu', 'window', 'security', 'protocol', 'serve-renderer', 'preload', 'formats'];
const electronModules = [
  { group: ['electron', 'electron/*'], message: 'This module runs under plain Node (command line, worker thread): no Electron.' },
  {
    group: desktopShell.flatMap((name) => [`**/electron/${name}.ts`, `../${name}.ts`, `../../${name}.ts`]),
    message: 'This module runs under plain Node: use electron/node/ (the Node file service), not the desktop shell.',
  },
];

/** Classic zod does not tree-shake and would blow the renderer's start-up budget: schemas use shared/zod.ts. */
const classicZod = [{ name: 'zod', message: 'Import { z } from shared/zod.ts (zod/mini with English messages) instead.' }];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-electron/', 'release/', 'test-results/', 'playwright-report/', 'bench/tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: classicZod }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { paths: classicZod, patterns: impureModules }],
      'no-restricted-globals': ['error', 'window', 'document', 'indexedDB', 'localStorage', 'navigator', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['electron/node/**/*.ts', 'electron/cli/**/*.ts', 'electron/cli/**/*.mjs', 'electron/rolling-backup.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: classicZod, patterns: electronModules }] },
  },
);
