// electron-builder afterPack hook: flips Electron's fuses in the packaged binary before it is signed, so that the
// shipped app cannot be turned into a general-purpose Node runtime or debugger, and only runs the code in its own
// integrity-checked app.asar. Dependencies are injectable so the unit test can check every platform without a binary.
import path from 'node:path';

/** electron-builder's Arch enum values that produce an arm64 macOS slice. */
const ARM64 = 3;
const UNIVERSAL = 4;

export async function loadFuses() {
  const { flipFuses, FuseVersion, FuseV1Options } = await import('@electron/fuses');
  return { flipFuses, FuseVersion, FuseV1Options };
}

/** The Electron binary (or .app bundle, for macOS) inside the folder electron-builder has just packed. */
export function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
    case 'win32':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    case 'linux':
      return path.join(appOutDir, packager.executableName);
    default:
      throw new Error(`after-pack: unknown platform "${electronPlatformName}"`);
  }
}

export function fuseConfig(context, { FuseVersion, FuseV1Options }) {
  const isMac = context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas';
  return {
    version: FuseVersion.V1,
    // Flipping fuses breaks an arm64 ad-hoc signature; re-sign ad hoc so an unsigned build still launches.
    resetAdHocDarwinSignature: isMac && (context.arch === ARM64 || context.arch === UNIVERSAL),
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    // The app is served from its own app:// scheme, never from file://, so file: needs no extra privileges.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  };
}

export default async function afterPack(context, load = loadFuses) {
  const fuses = await load();
  const binary = electronBinaryPath(context);
  await fuses.flipFuses(binary, fuseConfig(context, fuses));
}
