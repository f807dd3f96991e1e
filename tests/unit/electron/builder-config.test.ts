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
});
