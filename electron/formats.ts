/**
 * The registered writers and readers, in a file of their own: build/build-electron.mjs bundles this module (ExcelJS
 * with it) as formats.cjs, which main.ts requires on the first file command, so the window does not wait for it.
 */
export { runDecoder, runEncoder } from '@shared/bridge/codecs.ts';
