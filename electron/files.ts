import { dialog, type BrowserWindow, type FileFilter } from 'electron';
import { fileKinds, type FileKindName } from '@shared/files/kinds.ts';

/**
 * The desktop shell's Electron-dependent file primitives: the native open and save dialogs. Reading, writing and the
 * wording of I/O failures are the Node file service's (electron/node/files.ts), shared with the command line.
 */
export { describeError as describe, readFileLimited, saveBytes } from './node/files.ts';

/** A native dialog's filter for a kind of file, from the one table of file kinds. */
export function dialogFilters(kind: FileKindName): FileFilter[] {
  return [{ name: fileKinds[kind].label, extensions: [...fileKinds[kind].opens] }];
}

/** `defaultName` must already be a safe file name (shared/files/file-name.ts makes them). */
export async function askWhereToSave(
  parent: BrowserWindow | null,
  title: string,
  defaultName: string,
  filters: FileFilter[],
): Promise<string | null> {
  const options = {
    title,
    defaultPath: defaultName,
    filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'] as Array<'createDirectory' | 'showOverwriteConfirmation'>,
  };
  const answer = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return answer.canceled || !answer.filePath ? null : answer.filePath;
}

/** Any number of files at once; none chosen is a cancel. */
export async function askWhichToOpenMany(parent: BrowserWindow | null, title: string, filters: FileFilter[]): Promise<string[] | null> {
  const options = { title, filters, properties: ['openFile', 'multiSelections'] as Array<'openFile' | 'multiSelections'> };
  const answer = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return answer.canceled || answer.filePaths.length === 0 ? null : answer.filePaths;
}

export async function askWhichToOpen(parent: BrowserWindow | null, title: string, filters: FileFilter[]): Promise<string | null> {
  const options = { title, filters, properties: ['openFile'] as Array<'openFile'> };
  const answer = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return answer.canceled ? null : (answer.filePaths[0] ?? null);
}
