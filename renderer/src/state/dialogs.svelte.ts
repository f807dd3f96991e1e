export type Choice = 'confirm' | 'alternative' | 'cancel';

export interface ConfirmRequest {
  title: string;
  message: string;
  /** The button that does the thing, e.g. "Delete". */
  confirmLabel: string;
  /** An optional second way forward, e.g. "Import as new". */
  alternativeLabel?: string;
  danger?: boolean;
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
    return new Promise((resolve) => this.#open(request, (choice, text) => resolve(choice === 'confirm' && text.trim() ? text.trim() : null)));
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
}

/** Outcomes of commands (exported, imported, could not open…), announced to screen readers via a live region. */
export class Notices {
  items = $state<Notice[]>([]);
  #next = 1;

  info(text: string, details?: string[]): void {
    this.#push({ id: this.#next++, kind: 'info', text, ...(details?.length ? { details } : {}) });
  }

  error(text: string, details?: string[]): void {
    this.#push({ id: this.#next++, kind: 'error', text, ...(details?.length ? { details } : {}) });
  }

  dismiss(id: number): void {
    this.items = this.items.filter((n) => n.id !== id);
  }

  #push(notice: Notice): void {
    this.items = [...this.items.slice(-3), notice];
  }
}
