import type * as z from 'zod/mini';
import { issuePath } from '@shared/zod.ts';

/** Raised when a stored or about-to-be-stored record does not match its schema; the message names the record. */
export class InvalidRecordError extends Error {
  override name = 'InvalidRecordError';
  constructor(
    readonly table: 'partnerships' | 'reviews',
    readonly recordId: string,
    readonly phase: 'read' | 'write',
    issues: z.core.$ZodIssue[],
    record?: unknown,
  ) {
    super(
      `${phase === 'read' ? 'The saved' : 'Cannot save'} ${table === 'reviews' ? 'review' : 'partnership'} ${nameOf(record)}${recordId}` +
        `${phase === 'read' ? ' is damaged' : ''}: ${describe(issues)}`,
    );
  }
}

function describe(issues: z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 3)
    .map((i) => `${issuePath(i.path, 'record')} – ${i.message}`)
    .join('; ');
}

export function idOf(value: unknown): string {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : '(no id)';
}

/** "Spring workshop" (id …) reads better than a bare id, when the record still has a usable name. */
function nameOf(record: unknown): string {
  const r = record as { title?: unknown; name?: unknown } | null | undefined;
  const label = typeof r?.title === 'string' ? r.title : typeof r?.name === 'string' ? r.name : '';
  return label.trim() ? `“${label.trim().slice(0, 80)}” ` : '';
}
