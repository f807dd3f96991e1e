/**
 * The workshop's keys, in one place: the handler reads them and the help overlay (H) lists them, so the two cannot
 * disagree. Presentation clickers send Page Down / Page Up (some send the arrow keys), so both move.
 */
export type WorkshopCommand =
  | { do: 'next' }
  | { do: 'previous' }
  | { do: 'first' }
  | { do: 'last' }
  | { do: 'rate'; level: number }
  | { do: 'clear' }
  | { do: 'no-agreement' }
  | { do: 'reveal' }
  | { do: 'bank' }
  | { do: 'park' }
  | { do: 'timer' }
  | { do: 'fullscreen' }
  | { do: 'help' }
  | { do: 'close' };

interface KeyBinding {
  keys: readonly string[];
  /** How the help overlay names the keys. */
  shown: string;
  says: string;
  command: WorkshopCommand;
}

export const KEY_BINDINGS: readonly KeyBinding[] = [
  { keys: ['ArrowRight', 'PageDown'], shown: '→ or Page Down', says: 'Next screen', command: { do: 'next' } },
  { keys: ['ArrowLeft', 'PageUp'], shown: '← or Page Up', says: 'Previous screen', command: { do: 'previous' } },
  { keys: ['Home'], shown: 'Home', says: 'First screen', command: { do: 'first' } },
  { keys: ['End'], shown: 'End', says: 'Closing screen', command: { do: 'last' } },
  { keys: ['1'], shown: '1', says: 'Agreed rating: the first level', command: { do: 'rate', level: 1 } },
  { keys: ['2'], shown: '2', says: 'Agreed rating: the second level', command: { do: 'rate', level: 2 } },
  { keys: ['3'], shown: '3', says: 'Agreed rating: the third level', command: { do: 'rate', level: 3 } },
  { keys: ['4'], shown: '4', says: 'Agreed rating: the fourth level', command: { do: 'rate', level: 4 } },
  { keys: ['0'], shown: '0', says: 'Clear the agreed rating', command: { do: 'clear' } },
  { keys: ['n', 'N'], shown: 'N', says: 'No agreement reached', command: { do: 'no-agreement' } },
  { keys: ['r', 'R'], shown: 'R', says: 'Reveal (or hide) the spread and respondents’ ratings', command: { do: 'reveal' } },
  { keys: ['b', 'B'], shown: 'B', says: 'Possible actions: open or close the bank (then 1–9 adds an action)', command: { do: 'bank' } },
  { keys: ['p', 'P'], shown: 'P', says: 'Park a point (text, owner, due date)', command: { do: 'park' } },
  { keys: ['t', 'T'], shown: 'T', says: 'Set and start the countdown timer', command: { do: 'timer' } },
  { keys: ['f', 'F'], shown: 'F', says: 'Full screen on or off', command: { do: 'fullscreen' } },
  { keys: ['h', 'H', '?'], shown: 'H', says: 'Show or hide this help', command: { do: 'help' } },
  { keys: ['Escape'], shown: 'Esc', says: 'Close the open panel, or leave a text field', command: { do: 'close' } },
];

const byKey = new Map(KEY_BINDINGS.flatMap((b) => b.keys.map((k) => [k, b.command] as const)));

/** The command a key press means, or null; a key with Ctrl, Alt or Cmd held belongs to the browser or the menu. */
export function commandFor(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey'>): WorkshopCommand | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  return byKey.get(event.key) ?? null;
}

const TEXT_INPUTS = new Set(['text', 'search', 'email', 'number', 'tel', 'url', 'password', 'date']);

/** Keys typed into a field are text, never workshop commands (a "2" in Action Needed must not rate the benchmark). */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUTS.has(target.type);
}
