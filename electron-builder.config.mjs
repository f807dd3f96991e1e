// Packaging (`npm run dist`) needs Node >= 22.12 and a connection to download Electron; it cannot run in the
// offline build workplace. See docs/desktop.md.
import afterPack from './build/after-pack.mjs';

/** @type {import('electron-builder').Configuration} */
const config = {
  appId: 'org.smarterpartnerships.partnership-review',
  productName: 'Partnership Review',
  copyright: 'Smarter Partnerships',
  directories: { output: 'release', buildResources: 'build' },
  // Everything the app runs is bundled into these two folders; the packaged app carries no node_modules.
  files: ['dist/renderer/**/*', 'dist-electron/**/*', '!**/*.map', '!node_modules/**/*'],
  asar: true,
  icon: 'build/icon.png',
  afterPack,
  // Review files open in the app when double-clicked (electron/external-files.ts takes them from there). The icon is
  // build/review-file.ico / .icns, made from review-file.svg by build/render-icon.mjs; Linux uses the MIME type.
  fileAssociations: [
    {
      ext: 'partnershipreview',
      name: 'Partnership review',
      description: 'Partnership Review file',
      mimeType: 'application/x-partnership-review',
      role: 'Editor',
      icon: 'review-file',
    },
  ],
  win: { target: [{ target: 'nsis', arch: ['x64'] }] },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
  mac: { target: [{ target: 'dmg', arch: ['arm64', 'x64'] }], category: 'public.app-category.business' },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    maintainer: 'Smarter Partnerships',
    synopsis: 'Partnership reviews with the Digging Deeper form',
  },
};

export default config;
