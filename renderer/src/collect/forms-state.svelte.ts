import { LIMITS } from '@shared/model/fields.ts';

export interface Recipient {
  name: string;
  organisation: string;
}

export type FormsRequest = { kind: 'named'; recipients: Recipient[] } | { kind: 'anonymous'; count: number };

/** The most forms one request writes: one per respondent a review can hold. */
export const MAX_FORMS = LIMITS.respondents;

/**
 * *Response forms for partners*: one line per person (a name, an organisation, or both), or a number of anonymous
 * copies. A pasted list — one person a line, "Name, Organisation" or a spreadsheet's two columns — becomes one line
 * each, so a list kept elsewhere need not be typed again.
 */
export class FormsState {
  kind = $state<'named' | 'anonymous'>('named');
  lines = $state<Recipient[]>([{ name: '', organisation: '' }]);
  count = $state(5);

  /** The people named, blank lines left out. */
  get recipients(): Recipient[] {
    return this.lines
      .map((l) => ({ name: l.name.trim(), organisation: l.organisation.trim() }))
      .filter((l) => l.name !== '' || l.organisation !== '');
  }

  /** Why the forms cannot be made yet, in words for the person; null when they can. */
  get problem(): string | null {
    if (this.kind === 'anonymous') {
      const n = this.count;
      return Number.isInteger(n) && n >= 1 && n <= MAX_FORMS ? null : `Give a number of copies from 1 to ${MAX_FORMS}.`;
    }
    const n = this.recipients.length;
    if (n === 0) return 'Give at least one name or organisation.';
    return n > MAX_FORMS ? `At most ${MAX_FORMS} forms at a time; ${n} are listed.` : null;
  }

  get request(): FormsRequest | null {
    if (this.problem) return null;
    return this.kind === 'anonymous' ? { kind: 'anonymous', count: this.count } : { kind: 'named', recipients: this.recipients };
  }

  /** How many forms the request makes, for the button ("Make 5 forms"). */
  get size(): number {
    return this.kind === 'anonymous' ? (Number.isInteger(this.count) ? this.count : 0) : this.recipients.length;
  }

  addLine(after = this.lines.length - 1): number {
    this.lines.splice(after + 1, 0, { name: '', organisation: '' });
    return after + 1;
  }

  removeLine(index: number): void {
    this.lines.splice(index, 1);
    if (this.lines.length === 0) this.lines.push({ name: '', organisation: '' });
  }

  /**
   * Text pasted into line `index`: several lines replace it with one line each; returns false for a single line,
   * which the field takes as typed.
   */
  paste(index: number, text: string): boolean {
    const pasted = text.split(/\r?\n/).filter((l) => l.trim() !== '');
    if (pasted.length < 2) return false;
    const people = pasted.map((line) => {
      const [name = '', ...rest] = line.split(line.includes('\t') ? '\t' : ',');
      return { name: name.trim(), organisation: rest.join(',').trim() };
    });
    const keep = this.lines[index]!.name.trim() !== '' || this.lines[index]!.organisation.trim() !== '';
    this.lines.splice(keep ? index + 1 : index, keep ? 0 : 1, ...people);
    return true;
  }
}
