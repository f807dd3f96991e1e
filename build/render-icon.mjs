// Renders build/icon.svg, the one source of the app's icon, into every size a target needs, with the system Chromium
// (no image tools needed): build/icon.png (512×512, which electron-builder turns into .ico/.icns for the installers)
// and the web app's icons in renderer/public/icons/ (manifest 192/512, a maskable 512 with the safe-zone padding
// Android expects, the 180×180 Apple touch icon and an SVG favicon). Run after changing icon.svg:
//   node build/render-icon.mjs
import { chromium } from '@playwright/test';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const web = path.join(here, '..', 'renderer', 'public', 'icons');
const svg = await readFile(path.join(here, 'icon.svg'), 'utf8');

/** [file, size, padding as a share of the size (maskable icons keep their art inside the central 80%)]. */
const targets = [
  [path.join(here, 'icon.png'), 512, 0],
  [path.join(web, 'icon-192.png'), 192, 0],
  [path.join(web, 'icon-512.png'), 512, 0],
  [path.join(web, 'icon-maskable-512.png'), 512, 0.1],
  [path.join(web, 'apple-touch-icon.png'), 180, 0],
];

await mkdir(web, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.PR_CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [file, size, padding] of targets) {
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
console.log(`Rendered ${targets.length} icons and the SVG favicon from build/icon.svg`);
