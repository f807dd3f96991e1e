import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MENU_EVENT_CHANNEL, MenuCommand } from '@shared/bridge/menu.ts';
import { createFakeElectron, type FakeElectron } from './fake-electron.ts';

vi.mock('electron', () => createFakeElectron());

const { buildMenuTemplate, installMenu } = await import('../../../electron/menu.ts');
const fake = (await import('electron')) as unknown as FakeElectron;

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function itemsOf(options: { isMac: boolean; isDev: boolean }) {
  const sent: MenuCommand[] = [];
  const items = flatten(buildMenuTemplate({ ...options, send: (command) => sent.push(command) }));
  return { items, sent };
}

const byLabel = (items: MenuItemConstructorOptions[], label: string) => {
  const item = items.find((i) => i.label === label);
  if (!item) throw new Error(`no menu item "${label}"`);
  return item;
};

describe('native menu (electron/menu.ts)', () => {
  it('has the usual accelerators on the File menu, each sending its command', () => {
    const { items, sent } = itemsOf({ isMac: false, isDev: false });
    const expected: Array<[string, string | undefined, MenuCommand]> = [
      ['New partnership', 'CmdOrCtrl+N', 'new-partnership'],
      ['New review', 'CmdOrCtrl+Shift+N', 'new-review'],
      ['Open review file…', 'CmdOrCtrl+O', 'open-review-file'],
      ['Save review file…', 'CmdOrCtrl+S', 'save-review-file'],
      ['Import from Excel…', 'CmdOrCtrl+I', 'import-excel'],
      ['Export to Excel…', 'CmdOrCtrl+E', 'export-excel'],
      ['Export blank form…', undefined, 'export-template'],
      ['Save report as PDF…', undefined, 'save-report'],
      ['Back up library…', undefined, 'backup-library'],
      // The page's button asks "Restore this backup" or "Add from backup"; the menu names both, as the button does.
      ['Restore or add from backup…', undefined, 'restore-library'],
    ];
    for (const [label, accelerator, command] of expected) {
      const item = byLabel(items, label);
      expect(item.accelerator, label).toBe(accelerator);
      sent.length = 0;
      (item.click as () => void)();
      expect(sent, label).toEqual([command]);
    }
    expect(items.some((i) => i.role === 'quit')).toBe(true);
  });

  it('reaches every menu command exactly once', () => {
    const { items, sent } = itemsOf({ isMac: true, isDev: true });
    for (const item of items) if (item.click) (item.click as () => void)();
    expect([...sent].sort()).toEqual([...MenuCommand.options].sort());
  });

  it('gives Edit, View, Window and Help their standard roles', () => {
    const { items } = itemsOf({ isMac: false, isDev: false });
    const roles = items.map((i) => i.role).filter(Boolean);
    for (const role of [
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'togglefullscreen',
      'windowMenu',
      'about',
    ]) {
      expect(roles, role).toContain(role);
    }
    expect(roles).not.toContain('reload');
    expect(roles).not.toContain('toggleDevTools');
    expect(itemsOf({ isMac: false, isDev: true }).items.map((i) => i.role)).toContain('reload');
  });

  it('follows macOS conventions there: an app menu holds About and Quit', () => {
    const template = buildMenuTemplate({ isMac: true, isDev: false, send: () => {} });
    expect(template[0]!.role).toBe('appMenu');
    const file = template.find((i) => i.label === '&File')!;
    expect(flatten([file]).some((i) => i.role === 'quit')).toBe(false);
  });

  it('sends a command to the focused window on the menu channel', () => {
    installMenu(false);
    const window = new fake.BrowserWindow({});
    fake.BrowserWindow.focused = window;
    const items = flatten(fake.Menu.applicationMenu!.template as MenuItemConstructorOptions[]);
    (byLabel(items, 'Export to Excel…').click as () => void)();
    expect(window.webContents.sent).toEqual([{ channel: MENU_EVENT_CHANNEL, args: ['export-excel'] }]);
    expect(fake.app.aboutPanel).toMatchObject({ applicationName: 'Partnership Review' });
  });
});
