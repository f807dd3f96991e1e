import './zod-config.ts';
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { getBridge, onMenuCommand } from './bridge/index.ts';
import { AppState } from './state/app.svelte.ts';
import { Autosaver } from './state/autosave.svelte.ts';
import { Commands } from './state/commands.svelte.ts';
import { Settings } from './state/settings.svelte.ts';
import { Journal } from './state/journal.ts';
import { broadcastChanges } from './store/changes.ts';
import { DexieLibraryStore } from './store/dexie-store.ts';
import { applyPalette } from './ui/palette.ts';

applyPalette(document.documentElement.style);

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled for this origin: the IndexedDB saves still run, only the journal is lost
  }
}

const changes = broadcastChanges();
const store = await DexieLibraryStore.open(undefined, changes.announce);
const journal = new Journal(localStorageOrNull());
const TAB_LOCK = 'partnership-review:tab:';
// This tab holds a Web Lock named after its journal for as long as it lives, so another tab starting up can tell a
// journal of a tab that is gone (to put back) from one of a tab still open (never touched).
void navigator.locks?.request(TAB_LOCK + journal.tabId, () => new Promise<void>(() => {}));
const liveTabs = new Set(
  ((await navigator.locks?.query())?.held ?? []).flatMap((l) => (l.name?.startsWith(TAB_LOCK) ? [l.name.slice(TAB_LOCK.length)] : [])),
);
// Edits gone tabs could not confirm go back in before anything is read (instant when there are none).
await journal.replay(store, (tab) => liveTabs.has(tab)).catch((error: unknown) => console.error('Could not put back unsaved edits', error));
const app = new AppState(store, getBridge(), new Autosaver(300, journal));
changes.listen(
  (change) =>
    void app.externalChange(change).catch((error: unknown) => console.error('Could not refresh after another window saved', error)),
);
const commands = new Commands(app);
const settings = new Settings(app.bridge, app.store);
// Persistent storage, app info and the day's rolling backup; none of it may delay the first paint.
void settings.start();
app.saver.onSaved(() => void settings.backup.afterChange());

// Leaving, hiding or reloading the page must not strand the last keystrokes in the debounce timer.
const flush = () => {
  app.saver.journalUnconfirmed();
  void app.saver.flush();
};
addEventListener('pagehide', flush);
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') flush();
});
addEventListener('beforeunload', (event) => {
  flush();
  // Only a failed save warrants the browser's "leave page?" question: its edit exists nowhere but on screen.
  if (app.saver.state.kind === 'error') event.preventDefault();
});

onMenuCommand((command) => void commands.run(command));
app.router.attach(window);

// The static shell in index.html stood in for the header until now. Removed in the same task as the mount, so no
// frame is painted without a header and there is never a moment with two.
document.getElementById('shell')?.remove();
mount(App, { target: document.getElementById('app')!, props: { app, commands, settings } });

// The offline install (browser build only) starts after the first paint; its code is fetched then, not at start-up.
void startOffline();
async function startOffline(): Promise<void> {
  const [{ OfflineApp }, { workboxHost }, { default: UpdateNotice }, { preloadApi }] = await Promise.all([
    import('./pwa/offline-app.svelte.ts'),
    import('./pwa/workbox-host.ts'),
    import('./pwa/UpdateNotice.svelte'),
    import('./bridge/electron.ts'),
  ]);
  const offline = new OfflineApp(workboxHost({ isDesktop: preloadApi() !== undefined, flush: () => app.saver.flush() }), () =>
    location.reload(),
  );
  settings.offline = offline;
  mount(UpdateNotice, { target: document.body, props: { offline } });
  await offline.start();
}
