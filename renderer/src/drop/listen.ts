/** A dropped file, and whether it is really a folder (a folder arrives as a File that cannot be read). */
export interface Dropped {
  file: File;
  folder: boolean;
}

/** The drop handling, loaded on the first drag of files: told each time the drag enters or leaves an element, or drops. */
export interface DropTarget {
  handle(step: string, dropped: Dropped[]): void;
}

/**
 * Part of the start-up code, so kept to a few lines: it stops the browser (or the desktop window) from opening a
 * file dropped on the page in place of the app, and fetches the drop handling on the first drag of files. Drags of
 * no files (text, a link) and drags that start inside the page are left alone.
 */
export function listenForDrops(target: Window, load: () => Promise<DropTarget>, failed: (error: unknown) => void): void {
  let loading: Promise<DropTarget> | undefined;
  let inPage = false;
  const on = (e: DragEvent) => {
    // Between dragstart and dragend the drag is of something in the page (an image carries "Files" too).
    if (e.type.endsWith('start') || e.type.endsWith('end')) inPage = e.type === 'dragstart';
    else if (!inPage && e.dataTransfer?.types.includes('Files')) {
      e.preventDefault();
      if (e.type === 'dragover') return;
      // The drop's list is readable only while the event runs: take the files, and which are folders, now.
      const dropped = [...e.dataTransfer.items].flatMap((item) => {
        const file = e.type === 'drop' && item.kind === 'file' ? item.getAsFile() : null;
        return file ? [{ file, folder: item.webkitGetAsEntry()?.isDirectory ?? false }] : [];
      });
      // Each step waits for the same load, so the handling hears them in the order they happened.
      (loading ??= load()).then(
        (t) => t.handle(e.type, dropped),
        (error: unknown) => {
          loading = undefined;
          failed(error);
        },
      );
    }
  };
  for (const type of ['dragstart', 'dragend', 'dragenter', 'dragover', 'dragleave', 'drop'])
    target.addEventListener(type, on as EventListener);
}
