// Renders build/icon.svg, the one source of the app's icon, into every size a target needs, with the system Chromium
// (no image tools needed): build/icon.png (512×512, which electron-builder turns into .ico/.icns for the installers),
// the review file's document icon from build/review-file.svg (review-file.png, and .ico/.icns for the file
// association, which electron-builder does not convert for us)
// and the web app's icons in renderer/public/icons/ (manifest 192/512, a maskable 512 with the safe-zone padding
// Android expects, the 180×180 Apple touch icon, an SVG favicon with a 32×32 PNG fallback, and favicon.ico (16, 32 and
// 48 px) at the site's root for tools that ask for /favicon.ico without reading the page). Run after changing icon.svg:
//   node build/render-icon.mjs
import { chromium } from '@playwright/test';
import { copyFile, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const web = path.join(here, '..', 'renderer', 'public', 'icons');
const appSvg = await readFile(path.join(here, 'icon.svg'), 'utf8');
const documentSvg = await readFile(path.join(here, 'review-file.svg'), 'utf8');

/** [file, size, padding as a share of the size (maskable icons keep their art inside the central 80%), source]. */
const targets = [
  [path.join(here, 'icon.png'), 512, 0, appSvg],
  [path.join(web, 'icon-192.png'), 192, 0, appSvg],
  [path.join(web, 'icon-512.png'), 512, 0, appSvg],
  [path.join(web, 'icon-maskable-512.png'), 512, 0.1, appSvg],
  [path.join(web, 'apple-touch-icon.png'), 180, 0, appSvg],
  [path.join(web, 'favicon-32.png'), 32, 0, appSvg],
  [path.join(here, 'favicon-16.png'), 16, 0, appSvg],
  [path.join(here, 'favicon-48.png'), 48, 0, appSvg],
  [path.join(here, 'review-file.png'), 512, 0, documentSvg],
  [path.join(here, 'review-file-256.png'), 256, 0, documentSvg],
  [path.join(here, 'review-file-1024.png'), 1024, 0, documentSvg],
];

await mkdir(web, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.PR_CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [file, size, padding, svg] of targets) {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  const inset = Math.round(size * padding);
  // A maskable icon is cropped to a circle or squircle by the system: fill the bleed with the icon's own teal.
  const background = padding ? '#0f6470' : 'transparent';
  await page.setContent(
    `<html><body style="margin:0;background:${background}"><div style="width:${size}px;height:${size}px;padding:${inset}px;box-sizing:border-box">` +
      svg.replace('<svg ', '<svg style="width:100%;height:100%;display:block" ') +
      '</div></body></html>',
  );
  await page.locator('div').first().screenshot({ path: file, omitBackground: !padding });
  await page.close();
}
await browser.close();
await copyFile(path.join(here, 'icon.svg'), path.join(web, 'favicon.svg'));

// The document icon's containers hold PNG images as they are, which Windows Vista+ and macOS 10.7+ read:
// ICO = a 6-byte header and one 16-byte directory entry per image; ICNS = "icns" + total length, then per image a
// 4-character type (ic08 256, ic09 512, ic10 1024 px) and its length including that 8-byte header.
const png = (name) => readFile(path.join(here, name));
const [p256, p512, p1024] = await Promise.all([png('review-file-256.png'), png('review-file.png'), png('review-file-1024.png')]);
const ico = Buffer.alloc(22);
ico.writeUInt16LE(1, 2); // type: icon
ico.writeUInt16LE(1, 4); // one image
ico.writeUInt16LE(1, 10); // colour planes
ico.writeUInt16LE(32, 12); // bits per pixel (width and height bytes stay 0, meaning 256)
ico.writeUInt32LE(p256.length, 14);
ico.writeUInt32LE(22, 18);
await writeFile(path.join(here, 'review-file.ico'), Buffer.concat([ico, p256]));

// favicon.ico: the same container with three images, each directory entry giving its size in pixels.
const favicons = await Promise.all([png('favicon-16.png'), readFile(path.join(web, 'favicon-32.png')), png('favicon-48.png')]);
const favHead = Buffer.alloc(6 + 16 * favicons.length);
favHead.writeUInt16LE(1, 2);
favHead.writeUInt16LE(favicons.length, 4);
let offset = favHead.length;
favicons.forEach((image, i) => {
  const entry = 6 + 16 * i;
  const size = [16, 32, 48][i];
  favHead.writeUInt8(size, entry);
  favHead.writeUInt8(size, entry + 1);
  favHead.writeUInt16LE(1, entry + 4);
  favHead.writeUInt16LE(32, entry + 6);
  favHead.writeUInt32LE(image.length, entry + 8);
  favHead.writeUInt32LE(offset, entry + 12);
  offset += image.length;
});
await writeFile(path.join(web, '..', 'favicon.ico'), Buffer.concat([favHead, ...favicons]));
const chunk = (type, data) => {
  const head = Buffer.alloc(8);
  head.write(type, 0, 'ascii');
  head.writeUInt32BE(data.length + 8, 4);
  return Buffer.concat([head, data]);
};
const body = Buffer.concat([chunk('ic08', p256), chunk('ic09', p512), chunk('ic10', p1024)]);
const icnsHead = Buffer.alloc(8);
icnsHead.write('icns', 0, 'ascii');
icnsHead.writeUInt32BE(body.length + 8, 4);
await writeFile(path.join(here, 'review-file.icns'), Buffer.concat([icnsHead, body]));
await Promise.all(
  ['review-file-256.png', 'review-file-1024.png', 'favicon-16.png', 'favicon-48.png'].map((name) => unlink(path.join(here, name))),
);
console.log(`Rendered ${targets.length} icons and the SVG favicon from build/icon.svg`);
