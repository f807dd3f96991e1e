import { z } from '@shared/zod.ts';
import type { StoreChange } from './library-store.ts';

/**
 * Tells the other tabs of this browser profile (same origin, same IndexedDB) what this tab's store just wrote, so
 * they refresh what they show. A BroadcastChannel never delivers a tab's own messages back to it.
 */
const CHANNEL = 'partnership-review:changes';

const ChangeSchema = z.union([
  z.strictObject({ table: z.enum(['reviews', 'partnerships']), id: z.string(), rev: z.int() }),
  z.strictObject({ table: z.literal('*') }),
]);

export interface ChangeFeed {
  announce(change: StoreChange): void;
  listen(listener: (change: StoreChange) => void): void;
}

export function broadcastChanges(): ChangeFeed {
  // Where BroadcastChannel is missing (very old engines) each tab simply works alone, as before.
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  return {
    announce: (change) => channel?.postMessage(change),
    listen: (listener) => {
      channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
        const parsed = ChangeSchema.safeParse(event.data);
        if (parsed.success) listener(parsed.data);
      });
    },
  };
}
