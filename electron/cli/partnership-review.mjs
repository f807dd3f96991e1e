#!/usr/bin/env node
// The `partnership-review` command. It runs the command line bundled by build/build-electron.mjs
// (dist-electron/cli.cjs, with the worker that parses untrusted files, dist-electron/decode-worker.cjs), so it needs
// no TypeScript runtime. In a source checkout whose bundle is missing or older than the sources, it first rebuilds
// the two files with esbuild (a devDependency), into a temporary folder renamed into place so that commands started
// side by side never see half a file. Where there is neither a bundle nor esbuild, it says how to make one.
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.join(root, 'dist-electron');
const bundle = path.join(dist, 'cli.cjs');
const worker = path.join(dist, 'decode-worker.cjs');

/** The newest modification time of the TypeScript the bundle is made from (0 when this is not a source checkout). */
function newestSource(folder) {
  if (!existsSync(folder)) return 0;
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(file));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(file).mtimeMs);
  }
  return newest;
}

const builtAt = (file) => (existsSync(file) ? statSync(file).mtimeMs : -1);

async function rebuildIfStale() {
  const sources = Math.max(newestSource(path.join(root, 'electron')), newestSource(path.join(root, 'shared')));
  if (sources < Math.min(builtAt(bundle), builtAt(worker))) return true;
  if (sources === 0) return existsSync(bundle) && existsSync(worker);
  try {
    createRequire(import.meta.url).resolve('esbuild');
  } catch {
    return existsSync(bundle) && existsSync(worker);
  }
  mkdirSync(dist, { recursive: true });
  // Commands started side by side (a script, the tests) build once: the others wait for the one holding the lock.
  const lock = path.join(dist, '.cli-build.lock');
  if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > LOCK_GIVE_UP_MS) rmSync(lock, { force: true });
  let held;
  try {
    held = openSync(lock, 'wx');
  } catch {
    const started = Date.now();
    while (existsSync(lock) && Date.now() - started < LOCK_GIVE_UP_MS) await new Promise((resolve) => setTimeout(resolve, 100));
    return existsSync(bundle) && existsSync(worker);
  }
  const { build } = await import('esbuild');
  const { electronBuildOptions } = await import(pathToFileURL(path.join(root, 'build/build-electron.mjs')).href);
  const temp = mkdtempSync(path.join(dist, '.cli-build-'));
  try {
    const options = electronBuildOptions(temp);
    await Promise.all([build(options.cli), build(options.decodeWorker)]);
    for (const name of readdirSync(temp)) renameSync(path.join(temp, name), path.join(dist, name));
  } finally {
    rmSync(temp, { recursive: true, force: true });
    closeSync(held);
    rmSync(lock, { force: true });
  }
  return true;
}

/** A build takes seconds; a lock this old was left by a build that was killed. */
const LOCK_GIVE_UP_MS = 120_000;

if (!(await rebuildIfStale())) {
  process.stderr.write('partnership-review: the command line is not built yet; run "npm run build:electron" first.\n');
  process.exitCode = 1;
} else {
  const { runCli } = createRequire(import.meta.url)(bundle);
  process.exitCode = await runCli(process.argv.slice(2), worker);
}
