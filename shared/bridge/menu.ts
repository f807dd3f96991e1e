import { z } from '../zod.ts';

/**
 * Commands the native menu sends to the renderer (main → renderer, one event channel). The renderer runs the same
 * handlers its own buttons run, so the menu can never do something the UI cannot.
 */
export const MenuCommand = z.enum([
  'new-partnership',
  'new-review',
  'export-excel',
  'save-report',
  'export-template',
  'import-excel',
  'response-forms',
  'import-responses',
  'compare-reviews',
  'save-review-file',
  'open-review-file',
  'backup-library',
  'restore-library',
  'show-library',
]);
export type MenuCommand = z.infer<typeof MenuCommand>;

/**
 * The library's file actions, named once for the page's buttons, the native menu and the file dialogs' titles.
 * `restore-library` asks which the person wants: *Restore this backup* (replace) or *Add from backup* (merge).
 */
export const LIBRARY_FILE_LABELS = { backup: 'Back up library', restore: 'Restore or add from backup' } as const;

export const MENU_EVENT_CHANNEL = 'menu:command';
/** Page → shell, once, when the page starts listening: commands that waited for it (a file opened by the OS) go now. */
export const MENU_LISTENING_CHANNEL = 'menu:listening';
