import type { z } from '../zod.ts';
import { err, ok, type Problem, type Result } from '../result.ts';
import { contract, type Channel, type OutputOf, type ParsedInputOf } from './contract.ts';

/**
 * Runs one channel with its input and its answer checked against the contract: the desktop's IPC dispatch and the
 * browser bridge both call this, so what crosses a boundary is checked one way, with one wording.
 */
export async function callChecked<C extends Channel>(
  channel: C,
  raw: unknown,
  run: (input: ParsedInputOf<C>) => Promise<Result<OutputOf<C>>>,
): Promise<Result<OutputOf<C>>> {
  const input = contract[channel].input.safeParse(raw);
  if (!input.success) {
    return err('invalid-input', `Refused "${channel}": the request was not in the expected form.`, problemsFrom(input.error));
  }
  const result = await run(input.data as ParsedInputOf<C>);
  if (!result.ok) return result;
  const output = contract[channel].output.safeParse(result.value);
  if (!output.success) {
    return err('invalid-output', `"${channel}" produced an answer that is not in the expected form.`, problemsFrom(output.error));
  }
  return ok(output.data as OutputOf<C>);
}

export function problemsFrom(error: z.core.$ZodError): Problem[] {
  return error.issues.slice(0, 20).map((issue) => ({
    where: issue.path.length ? issue.path.map(String).join('.') : '(input)',
    message: issue.message,
  }));
}
