import type { z } from 'zod';

/** Raised when a stored or about-to-be-stored record does not match its schema; the message names the record. */
export class InvalidRecordError extends Error {
  override name = 'InvalidRecordError';
  constructor(
    readonly table: 'partnerships' | 'reviews',
    readonly recordId: string,
    readonly phase: 'read' | 'write',
    issues: z.core.$ZodIssue[],
  ) {
    super(
      `${phase === 'read' ? 'The saved' : 'Cannot save'} ${table === 'reviews' ? 'review' : 'partnership'} ${recordId}` +
        `${phase === 'read' ? ' is damaged' : ''}: ${describe(issues)}`,
    );
  }
}

function describe(issues: z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? i.path.join('.') : 'record'} – ${i.message}`)
    .join('; ');
}

export function idOf(value: unknown): string {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : '(no id)';
}
