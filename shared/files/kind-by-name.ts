import { fileKinds, REVIEW_FILE_EXTENSION, type FileKindName } from './kinds.ts';

// Beside kinds.ts rather than in it: in the renderer only the drop handling (loaded on the first drag) asks, so it
// stays out of the start-up bundle.
/**
 * What a file is by its name alone, for a file that arrives without a dialog having asked for one kind (dropped on
 * the window, or handed over by the operating system to the desktop app): the endings each kind is known by, tried in order. A review file saved before it had its own
 * extension ends ".review.json"; any other ".json" is taken as a library backup (its reader says so if it is not).
 */
export const kindsByName = [
  { kind: 'workbook', endings: fileKinds.workbook.opens },
  { kind: 'reviewFile', endings: [REVIEW_FILE_EXTENSION, 'review.json'] },
  { kind: 'library', endings: fileKinds.library.opens },
] as const satisfies ReadonlyArray<{ kind: FileKindName; endings: readonly string[] }>;

type NamedKind = (typeof kindsByName)[number]['kind'];

export function kindByName(fileName: string): NamedKind | null {
  const name = fileName.toLowerCase();
  return kindsByName.find(({ endings }) => endings.some((ending) => name.endsWith(`.${ending}`)))?.kind ?? null;
}
