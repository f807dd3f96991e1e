// Bundles the Electron main process (main.cjs, plus formats.cjs which it loads on first use), the preload, the worker
// that parses untrusted files (decode-worker.cjs, used by the main process and the command line) and the command line
// (cli.cjs, run by electron/cli/partnership-review.mjs) into dist-electron/ (package.json "main" is
// dist-electron/main.cjs). Each is a self-contained CommonJS file: the packaged app ships no node_modules, a sandboxed
// preload can require nothing but 'electron' at run time, and the command line starts without tsx.
import { build } from 'esbuild';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

/**
 * readable-stream (under ExcelJS) asks for the npm package as require('string_decoder/'), which only resolves where
 * node_modules exist. The packaged app has none, and Node's built-in module has the same API: use that.
 */
const builtinStringDecoder = {
  name: 'builtin-string-decoder',
  setup(build) {
    build.onResolve({ filter: /^string_decoder\/$/ }, () => ({ path: 'node:string_decoder', external: true }));
  },
};

/**
 * The file formats (ExcelJS above all) go in their own file, required on the first file command, so that the
 * window does not wait for megabytes of code it does not need yet to be read and compiled.
 */
const formatsAsSeparateFile = {
  name: 'formats-as-separate-file',
  setup(build) {
    build.onResolve({ filter: /^\.\/formats\.ts$/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: './formats.cjs', external: true } : undefined,
    );
  },
};

export const DECODE_WORKER_ENTRY = 'electron/node/decode-worker.ts';

/** A worker thread's entry (the real decode worker, or a test's), bundled to one CommonJS file as the app ships it. */
export async function buildWorker(entry, outfile) {
  await build({
    ...electronBuildOptions(path.dirname(outfile)).decodeWorker,
    entryPoints: [path.resolve(root, entry)],
    outfile,
    sourcemap: false,
  });
  return outfile;
}

/** Electron 45 runs Node 22 and Chromium 142. */
export function electronBuildOptions(outDir = path.join(root, 'dist-electron')) {
  const common = {
    bundle: true,
    format: 'cjs',
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
    absWorkingDir: root,
    define: { 'process.env.NODE_ENV': '"production"' },
  };
  const nodeBundle = (entry, outfile, extra) => ({
    ...common,
    entryPoints: [path.join(root, entry)],
    outfile: path.join(outDir, outfile),
    platform: 'node',
    target: 'node22',
    external: ['electron', ...nodeBuiltins],
    ...extra,
  });
  return {
    main: nodeBundle('electron/main.ts', 'main.cjs', {
      plugins: [builtinStringDecoder, formatsAsSeparateFile],
      // Turns that lazy import() into a plain require(), which also works inside app.asar.
      supported: { 'dynamic-import': false },
    }),
    formats: nodeBundle('electron/formats.ts', 'formats.cjs', { plugins: [builtinStringDecoder] }),
    decodeWorker: nodeBundle(DECODE_WORKER_ENTRY, 'decode-worker.cjs', { plugins: [builtinStringDecoder] }),
    cli: nodeBundle('electron/cli/main.ts', 'cli.cjs', { plugins: [builtinStringDecoder] }),
    preload: {
      ...common,
      entryPoints: [path.join(root, 'electron/preload.ts')],
      outfile: path.join(outDir, 'preload.cjs'),
      platform: 'browser',
      target: 'chrome142',
      // It is parsed before every page load; the contract's schemas make it large enough to be worth shrinking.
      minify: true,
      external: ['electron'],
    },
  };
}

export async function buildElectron(outDir) {
  const options = electronBuildOptions(outDir);
  await Promise.all([options.main, options.formats, options.preload, options.decodeWorker, options.cli].map((o) => build(o)));
  return {
    main: options.main.outfile,
    formats: options.formats.outfile,
    preload: options.preload.outfile,
    decodeWorker: options.decodeWorker.outfile,
    cli: options.cli.outfile,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outputs = await buildElectron();
  console.log(
    `Built ${Object.values(outputs)
      .map((file) => path.relative(root, file))
      .join(', ')}`,
  );
}
