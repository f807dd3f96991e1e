import type { Bridge } from '@shared/bridge/contract.ts';
import { fileChannels, jobs } from '@shared/bridge/jobs.ts';
import type { Clock } from '@shared/clock.ts';
import { browserBridge, lazyWorkerDecoder } from '../bridge/browser.ts';

/** One contained reader for every drop: a worker started per drop would linger after it. */
const decode = lazyWorkerDecoder();

/**
 * The shell's bridge with one difference: a job that opens files opens the dropped ones instead of asking which. It
 * is the menu's own job from the one job table (shared/bridge/jobs.ts): the kind's size limit, input and reply
 * checked, the same reader run contained in the decode worker. It runs in the page's file shell in both shells —
 * the dropped bytes are already here, so the desktop's main process is never asked to read a path the page names.
 * Saving (a restore backs up the library first) still goes through the shell's own bridge.
 */
export function droppedSource(bridge: Bridge, files: readonly File[], clock: Clock): Bridge {
  const dropped = browserBridge({ clock, decode, pick: async () => [...files] });
  const opens = fileChannels.filter((channel) => jobs[channel].action === 'open');
  return { ...bridge, ...Object.fromEntries(opens.map((channel) => [channel, dropped[channel]])) };
}
