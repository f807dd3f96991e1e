export type Choice = 'confirm' | 'alternative' | 'cancel';

export interface ConfirmRequest {
  title: string;
  message: string;
  /** The button that does the thing, e.g. "Delete". */
  confirmLabel: string;
  /** An optional second way forward, e.g. "Import as new". */
  alternativeLabel?: string;
  danger?: boolean;
  /** Lines listed under the message (what an import would change), with a heading; the list scrolls when long. */
  details?: { heading: string; lines: string[] };
  /** A question that needs a word from the person (a name): the field's label, its starting value and its limit. */
  input?: { label: string; value?: string; maxLength?: number };
}

interface OpenRequest extends ConfirmRequest {
  resolve: (choice: Choice, text: string) => void;
}

/** One modal question at a time; the answer comes back as a promise so commands read top to bottom. */
export class Dialogs {
  current = $state<OpenRequest | null>(null);

  ask(request: ConfirmRequest): Promise<Choice> {
    return new Promise((resolve) => this.#open(request, (choice) => resolve(choice)));
  }

  /** Asks for a line of text: the trimmed text when confirmed with something typed, null when cancelled or left blank. */
  askText(request: ConfirmRequest & { input: NonNullable<ConfirmRequest['input']> }): Promise<string | null> {
    return new Promise((resolve) =>
      this.#open(request, (choice, text) => resolve(choice === 'confirm' && text.trim() ? text.trim() : null)),
    );
  }

  answer(choice: Choice, text = ''): void {
    const open = this.current;
    this.current = null;
    open?.resolve(choice, text);
  }

  #open(request: ConfirmRequest, resolve: OpenRequest['resolve']): void {
    this.current?.resolve('cancel', '');
    this.current = { ...request, resolve };
  }
}

export interface Notice {
  id: number;
  kind: 'info' | 'error';
  text: string;
  details?: string[];
  /** When it was shown (ms, from the page's clock): a notice posted just before a command moves page goes with it. */
  at: number;
  /** One thing to do about it (Undo): a notice with an action stays until used or dismissed. */
  action?: NoticeAction;
}

export interface NoticeAction {
  label: string;
  run: () => void;
}

/** How long information stays before closing by itself; errors stay until dismissed. */
export const INFO_CLOSES_AFTER_MS = 6000;
/** How many past notices the person can look back on. */
export const NOTICE_HISTORY = 10;
/** A notice younger than this, when the page changes, was posted by the command that changed it: it stays. */
const SAME_STEP_MS = 1000;

/**
 * Outcomes of commands (exported, imported, could not open…), announced to screen readers via a live region. At
 * most one of each kind shows: a new one replaces the last. Information closes by itself after a few seconds and
 * stays in a short history; an error stays until dismissed. Moving to another page clears what was said before.
 */
export class Notices {
  items = $state<Notice[]>([]);
  history = $state<Notice[]>([]);
  #next = 1;
  #timer: ReturnType<typeof setTimeout> | undefined;

  info(text: string, details?: string[], action?: NoticeAction): void {
    this.#push('info', text, details, action);
    clearTimeout(this.#timer);
    const id = this.#next - 1;
    if (!action) this.#timer = setTimeout(() => this.dismiss(id), INFO_CLOSES_AFTER_MS);
  }

  error(text: string, details?: string[]): void {
    this.#push('error', text, details);
  }

  dismiss(id: number): void {
    this.items = this.items.filter((n) => n.id !== id);
  }

  /** The person moved to another page: what was said on the last one no longer applies. */
  pageChanged(): void {
    const now = Date.now();
    this.items = this.items.filter((n) => now - n.at < SAME_STEP_MS);
  }

  #push(kind: Notice['kind'], text: string, details?: string[], action?: NoticeAction): void {
    const notice: Notice = {
      id: this.#next++,
      kind,
      text,
      at: Date.now(),
      ...(details?.length ? { details } : {}),
      ...(action ? { action } : {}),
    };
    this.items = [...this.items.filter((n) => n.kind !== kind), notice];
    this.history = [notice, ...this.history].slice(0, NOTICE_HISTORY);
  }
}
