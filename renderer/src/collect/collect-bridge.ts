import type { Bridge, SaveOutcome } from '@shared/bridge/contract.ts';
import type { ReviewBundle } from '@shared/files/bundle.ts';
import type { ReturnedError, ReturnedResponse } from '@shared/respondents/collect.ts';
import type { Result } from '@shared/result.ts';
import type { FormsRequest } from './forms-state.svelte.ts';

export type OpenedResponses = { status: 'opened'; value: Result<ReturnedResponse, ReturnedError>[] } | { status: 'cancelled' };

/**
 * The two file jobs, as the shell runs them (shared/bridge/jobs.ts): the desktop writes the forms into a folder,
 * the browser offers them as one zip. Each form gets its own id here, so a form returned twice is known as one.
 */
export function saveResponseForms(
  bridge: Bridge,
  bundle: ReviewBundle,
  request: FormsRequest,
  newId: () => string,
): Promise<Result<SaveOutcome>> {
  const people =
    request.kind === 'named' ? request.recipients : Array.from({ length: request.count }, () => ({ name: '', organisation: '' }));
  return bridge['responses:forms']({ bundle, forms: people.map((p) => ({ formId: newId(), ...p })) });
}

/** Many files chosen at once, each read and decoded contained on its own: one bad file is that file's refusal. */
export function openResponses(bridge: Bridge): Promise<Result<OpenedResponses>> {
  return bridge['responses:import']({});
}
