/** A dropped file, and whether it is really a folder (a folder arrives as a File that cannot be read). */
export interface Dropped {
  file: File;
  folder: boolean;
}

/** What the drop handling (loaded on the first drag of files) does with a drag over the window. */
export interface DropTarget {
  enter(): void;
  leave(): void;
  drop(dropped: Dropped[]): void;
}

/**
 * Part of the start-up code, so kept to a few lines: it stops the browser (or the desktop window) from opening a
 * file dropped on the page in place of the app, and fetches the drop handling on the first drag of files. Drags
 * that start inside the page (text, a link) and drags of no files are left alone.
 */
export function listenForDrops(target: Window, load: () => Promise<DropTarget>, failed: (error: unknown) => void): () => void {
  let loading: Promise<DropTarget> | undefined;
  let depth = 0;
  let inPage = false;
  // Every step waits for the same load, so enter, leave and drop reach the handling in the order they happened.
  const then = (step: (t: DropTarget) => void) => {
    loading ??= load();
    loading.then(step, (error: unknown) => {
      loading = undefined;
      failed(error);
    });
  };
  const files = (e: DragEvent) => !inPage && (e.dataTransfer?.types.includes('Files') ?? false);
  const handlers: Record<string, (e: DragEvent) => void> = {
    dragstart: () => (inPage = true),
    dragend: () => (inPage = false),
    dragenter: (e) => {
      if (!files(e)) return;
      e.preventDefault();
      if (++depth === 1) then((t) => t.enter());
    },
    dragover: (e) => {
      if (!files(e)) return;
      e.preventDefault();
      e.dataTransfer!.dropEffect = 'copy';
    },
    dragleave: (e) => {
      if (!files(e) || depth === 0) return;
      if (--depth === 0) then((t) => t.leave());
    },
    drop: (e) => {
      if (!files(e)) return;
      e.preventDefault();
      depth = 0;
      // The drop's list is readable only while the event runs: take the files and what each is now.
      const dropped = [...e.dataTransfer!.items].flatMap((item) => {
        const file = item.kind === 'file' ? item.getAsFile() : null;
        return file ? [{ file, folder: item.webkitGetAsEntry()?.isDirectory ?? false }] : [];
      });
      then((t) => t.drop(dropped));
    },
  };
  for (const [type, handler] of Object.entries(handlers)) target.addEventListener(type, handler as EventListener);
  return () => {
    for (const [type, handler] of Object.entries(handlers)) target.removeEventListener(type, handler as EventListener);
  };
}
