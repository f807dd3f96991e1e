import type { EditConflict, MergedEdits, Side } from '@shared/model/merge-edits.ts';
import { NEW_RECORD, type Versioned, type WriteOutcome } from '../store/library-store.ts';

export type RecordKind = 'review' | 'partnership';

/** Raised by a save that met another window's overlapping edit; the autosaver shows the message as it is. */
export class EditConflictError extends Error {
  override name = 'EditConflictError';
}

/** Raised by a save of a record another window deleted; it is not re-created unless the person keeps a copy. */
export class RecordDeletedError extends Error {
  override name = 'RecordDeletedError';
  constructor(kind: RecordKind) {
    super(`Not saved: this ${kind} was deleted in another window. Keep a copy of it, or discard your changes.`);
  }
}

/** What the record kind brings: its compare-and-set write, its merge and its field names in words. */
export interface SyncOps<T> {
  kind: RecordKind;
  save(value: T, base: number): Promise<WriteOutcome<T>>;
  merge(base: T, mine: T, theirs: T, choose?: (c: EditConflict) => Side): MergedEdits<T>;
  describe(conflict: EditConflict): string;
  /**
   * When `merge` and `describe` are fetched on first use: resolves once they can be called, or returns undefined when
   * they already can. Without it they are taken to be ready.
   */
  ready?(): Promise<void> | undefined;
}

export interface PendingConflict<T> {
  theirs: T;
  rev: number;
  fields: EditConflict[];
}

/**
 * The link between what one tab shows of a record and what is stored: the version this tab last loaded or saved
 * (`base`) and its revision. A save is a compare-and-set on that revision; when another window saved in between,
 * the two edits are merged field by field and the merge is shown and saved. Where both changed the same field the
 * on-screen value stays, the other window's version is held in `conflict`, and nothing more is saved until the
 * person chooses (the unconfirmed edit stays in the autosaver and the journal meanwhile).
 */
export class SyncedRecord<T extends { id: string }> {
  conflict = $state<PendingConflict<T> | null>(null);
  deleted = $state(false);
  #base: T;
  #rev: number;

  constructor(
    loaded: Versioned<T>,
    private readonly ops: SyncOps<T>,
    /** The on-screen value, as a plain snapshot. */
    private readonly current: () => T,
    /** Puts a merged value on screen. */
    private readonly show: (value: T) => void,
  ) {
    this.#base = structuredClone(loaded.value);
    this.#rev = loaded.rev;
  }

  get rev(): number {
    return this.#rev;
  }

  get base(): T {
    return this.#base;
  }

  /** The autosave job: every call writes what is on screen now. */
  async save(): Promise<void> {
    if (this.deleted) throw new RecordDeletedError(this.ops.kind);
    if (this.conflict) throw this.#conflictError(this.conflict.fields);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const mine = this.current();
      const outcome = await this.ops.save(mine, this.#rev);
      if (outcome.status === 'saved') {
        this.#base = mine;
        this.#rev = outcome.rev;
        return;
      }
      if (outcome.status === 'deleted') {
        this.deleted = true;
        throw new RecordDeletedError(this.ops.kind);
      }
      const ready = this.ops.ready?.();
      if (ready) await ready;
      if (this.#absorb(outcome.current)) throw this.#conflictError(this.conflict!.fields);
    }
    throw new Error('another window keeps saving this record at the same moment');
  }

  /**
   * Another window stored `loaded` (or deleted the record: undefined). With no unsaved edit here it is shown as it
   * is; with one, it is merged in as a save would (once the merge rules are loaded, if they are fetched on first use;
   * a save that stored something meanwhile has merged the other window's version itself).
   */
  async refresh(loaded: Versioned<T> | undefined, unsaved: boolean): Promise<void> {
    if (!loaded) {
      if (this.#rev !== NEW_RECORD) this.deleted = true;
      return;
    }
    if (loaded.rev === this.#rev) return;
    if (!unsaved) {
      this.#base = structuredClone(loaded.value);
      this.#rev = loaded.rev;
      this.conflict = null;
      this.show(structuredClone(loaded.value));
      return;
    }
    const ready = this.ops.ready?.();
    if (ready) {
      const rev = this.#rev;
      await ready;
      if (this.#rev !== rev || loaded.rev === this.#rev) return;
    }
    this.#absorb(loaded);
  }

  /** Settles a conflict: `choose` says per field which side wins. The caller then schedules a save. */
  resolve(choose: (c: EditConflict) => Side): void {
    const conflict = this.conflict;
    if (!conflict) return;
    const { merged } = this.ops.merge(this.#base, this.current(), conflict.theirs, choose);
    this.#base = conflict.theirs;
    this.#rev = conflict.rev;
    this.conflict = null;
    this.show(merged);
  }

  /** "Keep a copy" of a record deleted elsewhere: it becomes a new record, saved from scratch. */
  detach(copy: T): void {
    this.#base = structuredClone(copy);
    this.#rev = NEW_RECORD;
    this.deleted = false;
    this.conflict = null;
  }

  /** Merges `theirs` into what is on screen; returns whether fields conflict (then held, not saved). */
  #absorb(theirs: Versioned<T>): boolean {
    const { merged, conflicts } = this.ops.merge(this.#base, this.current(), theirs.value);
    this.show(merged);
    if (conflicts.length > 0) {
      this.conflict = { theirs: theirs.value, rev: theirs.rev, fields: conflicts };
      return true;
    }
    this.#base = theirs.value;
    this.#rev = theirs.rev;
    return false;
  }

  #conflictError(fields: EditConflict[]): EditConflictError {
    const names = fields.slice(0, 4).map((f) => this.ops.describe(f));
    const more = fields.length > 4 ? ` and ${fields.length - 4} more` : '';
    return new EditConflictError(
      `Not saved yet: this ${this.ops.kind} was changed in another window (${names.join(', ')}${more}). Choose which version to keep; both are kept until you do.`,
    );
  }
}
