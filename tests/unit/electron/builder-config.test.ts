import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const { default: config } = (await import(pathToFileURL(path.join(root, 'electron-builder.config.mjs')).href)) as {
  default: Configuration;
};
const { default: afterPack } = (await import(pathToFileURL(path.join(root, 'build/after-pack.mjs')).href)) as { default: unknown };

describe('electron-builder configuration (electron-builder.config.mjs)', () => {
  it('passes electron-builder’s own schema validation', async () => {
    const require = createRequire(import.meta.url);
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration: (config: Configuration, logger: unknown) => Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    const validate = (candidate: unknown) => validateConfiguration(candidate as Configuration, new DebugLogger(false));
    await expect(validate({ ...config })).resolves.toBeUndefined();
    await expect(validate({ ...config, asarr: true })).rejects.toThrow(/asarr/);
  });

  it('is the configuration electron-builder itself loads from the .mjs file, hook included', async () => {
    const require = createRequire(import.meta.url);
    const { getConfig } = require('app-builder-lib/out/util/config/config.js') as {
      getConfig: (projectDir: string, configPath: string, options: null) => Promise<Configuration>;
    };
    const loaded = await getConfig(root, path.join(root, 'electron-builder.config.mjs'), null);
    expect(loaded.productName).toBe('Partnership Review');
    // Loaded through Node's own import rather than vitest's, so it is the same code but another instance.
    expect(typeof loaded.afterPack).toBe('function');
    expect(String(loaded.afterPack)).toBe(String(afterPack));
  });

  it('ships only the built renderer and main process, inside an asar archive, with the fuses hook', () => {
    expect(config).toMatchObject({ productName: 'Partnership Review', asar: true, icon: 'build/icon.png' });
    expect(config.appId).toMatch(/^[a-z0-9.-]+$/);
    expect(config.files).toEqual(['dist/renderer/**/*', 'dist-electron/**/*', '!**/*.map', '!node_modules/**/*']);
    expect(config.afterPack).toBe(afterPack);
  });

  it('builds an NSIS installer, a DMG and an AppImage plus a .deb', () => {
    expect(JSON.stringify(config.win?.target)).toContain('"nsis"');
    expect(JSON.stringify(config.mac?.target)).toContain('"dmg"');
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
  });

  it('registers the review file’s own extension with a document icon in the formats Windows and macOS read', async () => {
    const { REVIEW_FILE_EXTENSION } = await import('@shared/files/kinds.ts');
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: REVIEW_FILE_EXTENSION, icon: 'review-file', role: 'Editor' })]);
    const { readFile } = await import('node:fs/promises');
    const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
    // ICO: reserved 0, type 1, one image, whose PNG starts where its directory entry says.
    const ico = await readFile(path.join(root, 'build/review-file.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 1]);
    const offset = ico.readUInt32LE(18);
    expect(ico.subarray(offset, offset + 4)).toEqual(PNG);
    expect(offset + ico.readUInt32LE(14)).toBe(ico.length);
    // ICNS: "icns", the whole length, then typed PNG chunks whose lengths add up.
    const icns = await readFile(path.join(root, 'build/review-file.icns'));
    expect(icns.toString('ascii', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const types: string[] = [];
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
      types.push(icns.toString('ascii', at, at + 4));
      expect(icns.subarray(at + 8, at + 12)).toEqual(PNG);
    }
    expect(types).toEqual(['ic08', 'ic09', 'ic10']);
  });
});
