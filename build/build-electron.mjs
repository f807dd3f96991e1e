// Bundles the Electron main process and the preload into dist-electron/ (package.json "main" is
// dist-electron/main.cjs). Each is one self-contained CommonJS file: the packaged app ships no node_modules, and a
// sandboxed preload can require nothing but 'electron' at run time.
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
  return {
    main: {
      ...common,
      entryPoints: [path.join(root, 'electron/main.ts')],
      outfile: path.join(outDir, 'main.cjs'),
      platform: 'node',
      target: 'node22',
      external: ['electron', ...nodeBuiltins],
      plugins: [builtinStringDecoder],
    },
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
  await Promise.all([build(options.main), build(options.preload)]);
  return { main: options.main.outfile, preload: options.preload.outfile };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outputs = await buildElectron();
  console.log(`Built ${path.relative(root, outputs.main)} and ${path.relative(root, outputs.preload)}`);
}
