import { fileKinds } from '@shared/files/kinds.ts';
import { kindByName, kindsByName } from '@shared/files/kind-by-name.ts';

/** One thing dropped on the window, as the drop event lists it: a file, or a folder (which is never opened). */
export interface DroppedItem {
  name: string;
  folder: boolean;
}

/**
 * What a drop does. Each action is a command the menu has (Open review file…, Restore or add from backup…, Import
 * from Excel…, Import responses…), run on the dropped files instead of a file dialog's choice. One workbook dropped
 * while a review is open may be a partner's response to it or a review of its own: only the person can say.
 */
export type DropPlan =
  | { action: 'open-review-file' | 'restore-library' | 'import-excel' | 'import-responses' | 'ask-workbook' }
  | { action: 'refuse'; message: string };

export interface DropContext {
  /** A review is open on screen, so response forms have a review to go into. */
  reviewOpen: boolean;
}

const article = (label: string) => (/^[aeiou]/i.test(label) ? 'an' : 'a');
const quoted = (names: readonly string[]) => {
  const shown = names.slice(0, 3).map((n) => `“${n}”`);
  const more = names.length - shown.length;
  const all = more > 0 ? [...shown, `${more} more`] : shown;
  return all.length === 1 ? all[0]! : `${all.slice(0, -1).join(', ')} and ${all.at(-1)!}`;
};

/** What may be dropped, worded from the file-kind table (shared/files/kinds.ts) so it never disagrees with it. */
export const ACCEPTED = `You can drop ${kindsByName
  .map(({ kind, endings }, i, all) => {
    const { label } = fileKinds[kind];
    const joiner = i === 0 ? '' : i === all.length - 1 ? ' or ' : ', ';
    return `${joiner}${article(label)} ${label} (${endings.map((e) => `.${e}`).join(' or ')})`;
  })
  .join('')}; several response forms at once go into the review that is open.`;

/** Null when nothing was dropped (a drag of no files): there is nothing to say. */
export function planDrop(items: readonly DroppedItem[], context: DropContext): DropPlan | null {
  if (items.length === 0) return null;
  const refuse = (message: string, accepted = true): DropPlan => ({
    action: 'refuse',
    message: accepted ? `${message} ${ACCEPTED}` : message,
  });
  const folders = items.filter((item) => item.folder).map((item) => item.name);
  if (folders.length > 0)
    return refuse(`${quoted(folders)} ${folders.length === 1 ? 'is a folder' : 'are folders'}: drop the files themselves.`);
  const kinds = items.map((item) => kindByName(item.name));
  const unknown = items.filter((_, i) => kinds[i] === null).map((item) => item.name);
  if (unknown.length > 0) return refuse(`${quoted(unknown)} ${unknown.length === 1 ? 'is not a file' : 'are not files'} this app opens.`);
  if (items.length === 1) {
    const kind = kinds[0]!;
    if (kind === 'reviewFile') return { action: 'open-review-file' };
    if (kind === 'library') return { action: 'restore-library' };
    return { action: context.reviewOpen ? 'ask-workbook' : 'import-excel' };
  }
  if (kinds.every((kind) => kind === 'workbook')) {
    return context.reviewOpen
      ? { action: 'import-responses' }
      : refuse(
          `${items.length} workbooks dropped at once are taken as response forms: open the review they belong to, then drop them on it. To import a workbook as a review of its own, drop it alone.`,
          false,
        );
  }
  return refuse(`Drop review files and backups one at a time (${items.length} files were dropped).`);
}
