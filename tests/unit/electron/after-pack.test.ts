import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { describe, expect, it, vi } from 'vitest';

type Context = {
  appOutDir: string;
  electronPlatformName: string;
  arch: number;
  packager: { appInfo: { productFilename: string }; executableName: string };
};
type AfterPack = (context: Context, load?: () => Promise<unknown>) => Promise<void>;

const hookUrl = pathToFileURL(path.resolve(import.meta.dirname, '../../../build/after-pack.mjs')).href;
const { default: afterPack } = (await import(hookUrl)) as { default: AfterPack };

const context = (electronPlatformName: string, arch = 1): Context => ({
  appOutDir: path.join('/out', electronPlatformName),
  electronPlatformName,
  arch,
  packager: { appInfo: { productFilename: 'Partnership Review' }, executableName: 'partnership-review' },
});

async function flipsFor(ctx: Context) {
  const flipFuses = vi.fn(async () => 1);
  await afterPack(ctx, async () => ({ flipFuses, FuseVersion, FuseV1Options }));
  expect(flipFuses).toHaveBeenCalledOnce();
  return flipFuses.mock.calls[0] as unknown as [string, Record<string | number, unknown>];
}

describe('afterPack fuses hook (build/after-pack.mjs)', () => {
  it('turns off running as Node, NODE_OPTIONS, inspect flags and file:// privileges; turns on ASAR integrity, ASAR-only and cookie encryption', async () => {
    const [, config] = await flipsFor(context('linux'));
    expect(config).toEqual({
      version: FuseVersion.V1,
      resetAdHocDarwinSignature: false,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
  });

  it.each([
    ['win32', 1, path.join('/out/win32', 'Partnership Review.exe'), false],
    ['linux', 1, path.join('/out/linux', 'partnership-review'), false],
    ['darwin', 1, path.join('/out/darwin', 'Partnership Review.app'), false],
    ['darwin', 3, path.join('/out/darwin', 'Partnership Review.app'), true],
    ['mas', 3, path.join('/out/mas', 'Partnership Review.app'), true],
  ])('on %s (arch %i) flips the binary at the right path', async (platform, arch, binary, resetSignature) => {
    const [target, config] = await flipsFor(context(platform, arch));
    expect(target).toBe(binary);
    expect(config.resetAdHocDarwinSignature).toBe(resetSignature);
  });

  it('fails loudly on a platform it does not know, rather than shipping unfused', async () => {
    await expect(afterPack(context('freebsd'), async () => ({ flipFuses: vi.fn(), FuseVersion, FuseV1Options }))).rejects.toThrow(
      'unknown platform',
    );
  });
});
