import path from 'node:path';
import type { MenuCommand } from '@shared/bridge/menu.ts';
import { kindByName } from '@shared/files/kind-by-name.ts';
import type { FileKindName } from '@shared/files/kinds.ts';

/**
 * Files handed to the app by the operating system — double-clicked in the file manager (argv at start-up, macOS
 * "open-file", or a second copy's argv forwarded by the single-instance lock) or picked from the recent files menu.
 * Each becomes the SAME menu command a person would run (Open review file…, Import from Excel…), so validation,
 * confirmations and messages are exactly those of the menu; when that command's open job asks for a file, it is
 * given the waiting path instead of a dialog.
 */

/**
 * The command that opens each kind the OS can hand over. What a file is comes from the one by-name rule the drop
 * handling uses (kind-by-name.ts), so a file means the same whether double-clicked or dropped: "….review.json" is a
 * review, any other ".json" a library backup.
 */
const OPENERS = { workbook: 'import-excel', reviewFile: 'open-review-file', library: 'restore-library' } as const satisfies Partial<
  Record<FileKindName, MenuCommand>
>;

export function commandForFile(file: string): MenuCommand | null {
  const kind = kindByName(file);
  return kind ? OPENERS[kind] : null;
}

/**
 * The openable files named on a command line. argv[0] is the executable; when not packaged argv[1] is the app's own
 * folder (`electron .`), which is never openable. Switches (Chromium's and the OS's, e.g. --allow-file-access or
 * macOS's -psn_…) are skipped. Relative paths are taken from the folder the copy was started in.
 */
export function filesInArgv(argv: readonly string[], cwd: string): string[] {
  return argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && commandForFile(arg) !== null)
    .map((arg) => path.resolve(cwd, arg));
}

export class ExternalFiles {
  /** Paths waiting for their open job, oldest first. */
  readonly #waiting: string[] = [];
  /** Commands waiting for the page to listen (the window may still be loading). */
  readonly #unsent: MenuCommand[] = [];
  #listening = false;

  constructor(private readonly send: (command: MenuCommand) => void) {}

  add(files: readonly string[]): void {
    for (const file of files) {
      const command = commandForFile(file);
      if (!command) continue;
      this.#waiting.push(file);
      if (this.#listening) this.send(command);
      else this.#unsent.push(command);
    }
  }

  /** The page subscribed to menu commands: send what waited for it. */
  listening(): void {
    this.#listening = true;
    for (const command of this.#unsent.splice(0)) this.send(command);
  }

  /** The page is loading again (a reload or a crash): hold commands until it listens. */
  notListening(): void {
    this.#listening = false;
  }

  /** The waiting file an open job of this kind should read instead of asking, taken off the list. */
  take(kind: FileKindName): string | undefined {
    const index = this.#waiting.findIndex((file) => kindByName(file) === kind);
    return index < 0 ? undefined : this.#waiting.splice(index, 1)[0];
  }
}
