import { SvelteSet } from 'svelte/reactivity';

type Panel = 'none' | 'help' | 'bank' | 'park' | 'timer';

/**
 * What the workshop screen holds only while it is open, never saved: which benchmarks have had their spread
 * revealed (a reload hides them again, so the room is never anchored by accident), the panel open over the screen,
 * and the countdown timer.
 */
export class WorkshopSession {
  readonly revealed = new SvelteSet<string>();
  panel = $state<Panel>('none');
  /** The countdown's length in seconds, once set; it restarts on every benchmark screen. */
  timerSeconds = $state<number | null>(null);
  timerEndsAt = $state(0);
  now = $state(Date.now());
  #tick: ReturnType<typeof setInterval> | undefined;

  toggle(panel: Exclude<Panel, 'none'>): void {
    this.panel = this.panel === panel ? 'none' : panel;
  }

  toggleReveal(benchmarkId: string): void {
    if (this.revealed.has(benchmarkId)) this.revealed.delete(benchmarkId);
    else this.revealed.add(benchmarkId);
  }

  startTimer(minutes: number): void {
    this.timerSeconds = Math.round(Math.max(0.25, Math.min(120, minutes)) * 60);
    this.restartTimer();
    clearInterval(this.#tick);
    // Only a display: nothing waits on it, so a late tick just shows the right time a moment later.
    this.#tick = setInterval(() => (this.now = Date.now()), 250);
  }

  restartTimer(): void {
    if (this.timerSeconds === null) return;
    this.now = Date.now();
    this.timerEndsAt = this.now + this.timerSeconds * 1000;
  }

  stopTimer(): void {
    clearInterval(this.#tick);
    this.timerSeconds = null;
  }

  /** Whole seconds left, or null with no timer. */
  get remaining(): number | null {
    return this.timerSeconds === null ? null : Math.max(0, Math.ceil((this.timerEndsAt - this.now) / 1000));
  }
}
