import { createContext } from 'svelte';
import type { Bridge } from '@shared/bridge/contract.ts';
import type { Clock } from '@shared/clock.ts';
import type { LibraryStore } from '../store/library-store.ts';
import type { AppState } from './app.svelte.ts';
import type { Autosaver } from './autosave.svelte.ts';
import type { Commands } from './commands.svelte.ts';
import type { Dialogs, Notices } from './dialogs.svelte.ts';
import type { Router } from './router.svelte.ts';

/**
 * What the current view shows, as loaded by the app (reactive: it is the app's own state, seen through this
 * narrower type). The comparison writes `reviews` back after saving one of them.
 */
export type Shown = Pick<AppState, 'listings' | 'damaged' | 'reviews' | 'loading' | 'partnership' | 'editor' | 'contextPartnership'>;

/*
 * Pages take what they need through these contexts rather than one big app object (DESIGN.md). App.svelte sets
 * every one of them once; a page calls only the getters it uses, during its initialisation.
 */
export const [getShown, setShown] = createContext<Shown>();
export const [getCommands, setCommands] = createContext<Commands>();
export const [getRouter, setRouter] = createContext<Router>();
export const [getSaver, setSaver] = createContext<Autosaver>();
export const [getNotices, setNotices] = createContext<Notices>();
/** The app's one modal question (ui/ConfirmDialog.svelte), for pages that ask before deleting. */
export const [getDialogs, setDialogs] = createContext<Dialogs>();
export const [getStore, setStore] = createContext<LibraryStore>();
export const [getClock, setClock] = createContext<Clock>();
/** The shell's bridge (Electron or browser); named so as not to be confused with `getBridge` in bridge/index.ts. */
export const [getBridgePort, setBridgePort] = createContext<Bridge>();

/** Sets every context above from the app and its commands; called once, by App.svelte, as it initialises. */
export function setAppContexts(app: AppState, commands: Commands): void {
  setShown(app);
  setCommands(commands);
  setRouter(app.router);
  setSaver(app.saver);
  setNotices(app.notices);
  setDialogs(app.dialogs);
  setStore(app.store);
  setClock(app.clock);
  setBridgePort(app.bridge);
}
