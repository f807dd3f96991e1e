import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver, describeSaveError } from '../../../renderer/src/state/autosave.svelte.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('Autosaver', () => {
  it('debounces a burst of edits into one save of the latest state', async () => {
    const saver = new Autosaver(300);
    const saved: string[] = [];
    let text = '';
    for (const ch of 'hello') {
      text += ch;
      saver.schedule('review:1', async () => void saved.push(text));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(saver.state.kind).toBe('pending');
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(300);
    expect(saved).toEqual(['hello']);
    expect(saver.state.kind).toBe('saved');
  });

  it('keeps separate keys, so a partnership edit is not dropped by a review edit', async () => {
    const saver = new Autosaver(300);
    const saved: string[] = [];
    saver.schedule('partnership:1', async () => void saved.push('p'));
    saver.schedule('review:1', async () => void saved.push('r'));
    await saver.flush();
    expect(saved.sort()).toEqual(['p', 'r']);
  });

  it('flush saves at once (page hide) without waiting for the debounce', async () => {
    const saver = new Autosaver(300);
    const job = vi.fn(async () => {});
    saver.schedule('k', job);
    await saver.flush();
    expect(job).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(job).toHaveBeenCalledTimes(1);
  });

  it('reports a failed save, keeps it, and Retry (flush) saves it', async () => {
    const saver = new Autosaver(300);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    let fail = true;
    const job = vi.fn(async () => {
      if (fail) throw new DOMException('full', 'QuotaExceededError');
    });
    saver.schedule('k', job);
    await saver.flush();
    expect(saver.state).toEqual({ kind: 'error', message: expect.stringContaining('run out of storage space') });
    expect(saver.hasUnsaved).toBe(true);
    fail = false;
    await saver.flush();
    expect(job).toHaveBeenCalledTimes(2);
    expect(saver.state.kind).toBe('saved');
    expect(saver.hasUnsaved).toBe(false);
  });

  it('runs saves one at a time, in order', async () => {
    const saver = new Autosaver(300);
    const log: string[] = [];
    saver.schedule('k', async () => {
      log.push('start 1');
      await new Promise((r) => setTimeout(r, 50));
      log.push('end 1');
    });
    const first = saver.flush();
    saver.schedule('k', async () => void log.push('2'));
    const second = saver.flush();
    await vi.advanceTimersByTimeAsync(100);
    await Promise.all([first, second]);
    expect(log).toEqual(['start 1', 'end 1', '2']);
  });
});

describe('describeSaveError', () => {
  it('words an aborted transaction and other failures so the person knows the edit is still on screen', () => {
    expect(describeSaveError(new DOMException('x', 'AbortError'))).toMatch(/cancelled the save.*still on screen/);
    expect(describeSaveError(new Error('disk on fire'))).toMatch(/^Not saved: disk on fire\..*still on screen/);
  });
});
