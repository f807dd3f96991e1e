import { describe, expect, it } from 'vitest';
import type { LibrarySnapshot } from '@shared/files/bundle.ts';
import { err, ok, type Result } from '@shared/result.ts';
import { Autosaver } from '../../../renderer/src/state/autosave.svelte.ts';
import { localDayOf as localDay } from '@shared/clock.ts';
import { RollingBackup, type DayMemory } from '../../../renderer/src/state/rolling-backup.svelte.ts';
import { Settings } from '../../../renderer/src/state/settings.svelte.ts';
import { StorageStatus } from '../../../renderer/src/state/storage-status.svelte.ts';
import { formatBytes } from '../../../renderer/src/settings/format-bytes.ts';

const library: LibrarySnapshot = { partnerships: [], reviews: [] };

/** A fake desktop bridge that records each backup and answers as told; a clock and a memory the test controls. */
function harness(answer: () => Result<{ kept: number }> = () => ok({ kept: 3 })) {
  const calls: LibrarySnapshot[] = [];
  const clock = { day: '2026-03-01' };
  let remembered: string | null = null;
  const memory: DayMemory = { get: () => remembered, set: (d) => void (remembered = d) };
  let snapshots = 0;
  const make = () =>
    new RollingBackup({
      bridge: {
        'library:rollingBackup': async (input) => {
          calls.push(input.library);
          return answer();
        },
      },
      snapshot: async () => {
        snapshots += 1;
        return library;
      },
      today: () => clock.day,
      memory,
    });
  return { make, calls, clock, memory, snapshots: () => snapshots };
}

describe('RollingBackup (once a day on the desktop)', () => {
  it('backs up at start-up, then not again the same day, even after a restart', async () => {
    const h = harness();
    const backup = h.make();
    await backup.start('electron');
    expect(h.calls).toEqual([library]);
    expect(backup.status).toEqual({ kind: 'done', day: '2026-03-01', kept: 3 });
    await backup.afterChange();
    await backup.afterChange();
    const restarted = h.make();
    await restarted.start('electron');
    expect(h.calls).toHaveLength(1);
    expect(h.snapshots()).toBe(1);
  });

  it('makes the next day’s backup after the first change of that day, once', async () => {
    const h = harness();
    const backup = h.make();
    await backup.start('electron');
    h.clock.day = '2026-03-02';
    expect(h.calls).toHaveLength(1);
    await backup.afterChange();
    await backup.afterChange();
    expect(h.calls).toHaveLength(2);
    expect(h.memory.get()).toBe('2026-03-02');
  });

  it('runs one backup when changes arrive while one is under way', async () => {
    const h = harness();
    const backup = h.make();
    await Promise.all([backup.start('electron'), backup.afterChange(), backup.afterChange()]);
    expect(h.calls).toHaveLength(1);
  });

  it('shows a failure quietly in its status and tries again at the next start-up, not on every change', async () => {
    let fail = true;
    const h = harness(() => (fail ? err('write-failed', 'The disk is full.') : ok({ kept: 1 })));
    const backup = h.make();
    await backup.start('electron');
    expect(backup.status).toEqual({ kind: 'failed', day: '2026-03-01', message: 'The disk is full.' });
    expect(h.memory.get()).toBeNull();
    await backup.afterChange();
    expect(h.calls).toHaveLength(1);
    fail = false;
    const restarted = h.make();
    await restarted.start('electron');
    expect(h.calls).toHaveLength(2);
    expect(restarted.status).toEqual({ kind: 'done', day: '2026-03-01', kept: 1 });
  });

  it('is unsupported in the browser and never calls the bridge there', async () => {
    const h = harness();
    const backup = h.make();
    await backup.start('browser');
    await backup.afterChange();
    expect(backup.status).toEqual({ kind: 'unsupported' });
    expect(h.calls).toEqual([]);
  });

  it('is triggered by a successful autosave, not by a failed one', async () => {
    const saver = new Autosaver(0);
    let heard = 0;
    let diskFull = true;
    saver.onSaved(() => (heard += 1));
    saver.schedule('review:1', async () => {
      if (diskFull) throw new Error('disk');
    });
    await saver.flush();
    expect(heard).toBe(0);
    diskFull = false;
    await saver.flush(); // Retry
    expect(heard).toBe(1);
  });

  it('reads the day on the local calendar', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('Settings at start-up', () => {
  it('asks for persistent storage once and reports the estimate', async () => {
    let asked = 0;
    const status = new StorageStatus();
    await status.start({
      persisted: async () => false,
      persist: async () => (asked += 1) > 0,
      estimate: async () => ({ usage: 2_500_000, quota: 60_000_000_000 }),
    });
    expect(asked).toBe(1);
    expect(status.persistence).toBe('granted');
    expect([formatBytes(status.usage!), formatBytes(status.quota!)]).toEqual(['2.5 MB', '60 GB']);
    const refused = new StorageStatus();
    await refused.start({ persisted: async () => false, persist: async () => false, estimate: async () => ({}) });
    expect(refused.persistence).toBe('not-granted');
    expect(refused.usage).toBeNull();
  });

  it('reads the shell from app:info and starts the daily backup only on the desktop', async () => {
    const backups: unknown[] = [];
    const bridge = (shell: 'electron' | 'browser') => ({
      'app:info': async () => ok({ version: '0.1.0', platform: 'linux', shell }),
      'library:rollingBackup': async (input: { library: LibrarySnapshot }) => (backups.push(input.library), ok({ kept: 10 })),
    });
    const memory = (): DayMemory => {
      let d: string | null = null;
      return { get: () => d, set: (x) => void (d = x) };
    };
    const desktop = new Settings(bridge('electron'), { snapshot: async () => library }, memory());
    await desktop.start();
    expect(desktop.info).toEqual({ version: '0.1.0', platform: 'linux', shell: 'electron' });
    expect(desktop.backup.status.kind).toBe('done');
    const web = new Settings(bridge('browser'), { snapshot: async () => library }, memory());
    await web.start();
    expect(web.backup.status.kind).toBe('unsupported');
    expect(backups).toHaveLength(1);
  });
});
