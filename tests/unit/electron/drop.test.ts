import { describe, expect, it, vi } from 'vitest';
import { createFakeElectron, type FakeWebContents } from './fake-electron.ts';

/**
 * A file dropped on a desktop window that the page does not take (the page takes every drag of files: see
 * renderer/src/drop/listen.ts) would make Chromium load the file itself in place of the app, as file:///…. The app's
 * window must refuse that navigation, and any new window a drop asks for, so the library on screen is never replaced.
 */
async function appWindow(): Promise<FakeWebContents> {
  vi.resetModules();
  const fake = createFakeElectron();
  vi.doMock('electron', () => fake);
  await import('../../../electron/main.ts');
  await fake.app.becomeReady();
  return fake.BrowserWindow.windows[0]!.webContents;
}

const DROPPED = [
  'file:///home/sam/Reviews/Riverside%20%E2%80%93%20Spring%20review%202026-03-11.partnershipreview',
  'file:///C:/Users/sam/Documents/returned-form.xlsx',
  'file:///Users/sam/Desktop/Partnership%20Review%20library%202026-03-11.json',
  'file:///home/sam/notes.txt',
  'file:///home/sam/Reviews/',
];

describe('files dropped on the desktop window (electron/security.ts over the fake electron)', () => {
  it('never lets a dropped file replace the app in its window', async () => {
    const contents = await appWindow();
    for (const url of DROPPED) {
      const event = { preventDefault: vi.fn() };
      contents.emit('will-navigate', event, url);
      expect(event.preventDefault, url).toHaveBeenCalled();
    }
  });

  it('never opens a dropped file in a window of its own', async () => {
    const contents = await appWindow();
    for (const url of DROPPED) expect(contents.windowOpenHandler?.({ url }), url).toEqual({ action: 'deny' });
  });
});
