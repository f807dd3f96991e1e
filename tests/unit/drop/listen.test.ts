import { describe, expect, it, vi } from 'vitest';
import { listenForDrops, type Dropped, type DropTarget } from '../../../renderer/src/drop/listen.ts';

/** A drag event as the browser dispatches it, with the parts of its DataTransfer that listen.ts reads. */
function drag(type: string, types: string[], entries: { file: File; folder?: boolean }[] = []) {
  const dataTransfer = {
    types,
    items: entries.map(({ file, folder }) => ({
      kind: 'file',
      getAsFile: () => file,
      webkitGetAsEntry: () => ({ isDirectory: folder ?? false }),
    })),
  };
  return Object.assign(new Event(type, { cancelable: true }), { dataTransfer });
}

function setUp(load?: () => Promise<DropTarget>) {
  const window = new EventTarget();
  const steps: string[] = [];
  const drops: Dropped[][] = [];
  const target: DropTarget = {
    handle: (step, dropped) => {
      steps.push(step);
      if (step === 'drop') drops.push(dropped);
    },
  };
  const loads = vi.fn(load ?? (() => Promise.resolve(target)));
  const failed = vi.fn();
  listenForDrops(window as Window, loads, failed);
  const fire = (event: Event) => {
    window.dispatchEvent(event);
    return event.defaultPrevented;
  };
  return { fire, steps, drops, loads, failed };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));
const xlsx = new File([new Uint8Array([1, 2, 3])], 'Ann.xlsx');

describe('listening for files dragged over the window (renderer/src/drop/listen.ts)', () => {
  it('keeps the window from opening dropped files itself, and loads the drop handling on the first drag of files', async () => {
    const { fire, steps, drops, loads } = setUp();
    expect(loads).not.toHaveBeenCalled();
    expect(fire(drag('dragenter', ['Files']))).toBe(true);
    expect(fire(drag('dragover', ['Files']))).toBe(true);
    fire(drag('dragenter', ['Files']));
    fire(drag('dragleave', ['Files']));
    expect(fire(drag('drop', ['Files'], [{ file: xlsx }, { file: new File([], 'Reviews'), folder: true }]))).toBe(true);
    await settled();
    expect(loads).toHaveBeenCalledTimes(1);
    // In the order they happened; dragover (many a second) is not passed on.
    expect(steps).toEqual(['dragenter', 'dragenter', 'dragleave', 'drop']);
    expect(drops[0]!.map((d) => [d.file.name, d.folder])).toEqual([
      ['Ann.xlsx', false],
      ['Reviews', true],
    ]);
  });

  it('leaves drags of text and links alone, and drags that started in the page', async () => {
    const { fire, steps, loads } = setUp();
    for (const type of ['dragenter', 'dragover', 'drop']) expect(fire(drag(type, ['text/plain', 'text/uri-list'])), type).toBe(false);
    fire(new Event('dragstart'));
    // An image dragged within the page also carries "Files" in Chromium.
    for (const type of ['dragenter', 'dragover', 'drop'])
      expect(fire(drag(type, ['text/uri-list', 'Files'], [{ file: xlsx }])), type).toBe(false);
    fire(new Event('dragend'));
    await settled();
    expect(loads).not.toHaveBeenCalled();
    expect(steps).toEqual([]);
    expect(fire(drag('dragenter', ['Files']))).toBe(true);
  });

  it('says when the drop handling cannot be fetched, and tries again on the next drag', async () => {
    const { fire, loads, failed } = setUp(() => Promise.reject(new Error('offline')));
    fire(drag('dragenter', ['Files']));
    await settled();
    expect(failed).toHaveBeenCalledWith(new Error('offline'));
    fire(drag('drop', ['Files'], [{ file: xlsx }]));
    await settled();
    expect(loads).toHaveBeenCalledTimes(2);
  });
});
