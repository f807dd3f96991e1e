/** Adds a possible action to Action Needed as its own line; clicking the same action twice does not repeat it. */
export function appendAction(current: string, action: string): string {
  const text = action.trim();
  const lines = current.split('\n').map((l) => l.trim());
  if (text === '' || lines.includes(text)) return current;
  const base = current.replace(/\s+$/, '');
  return base === '' ? text : `${base}\n${text}`;
}

/** Lists (partner organisations, participants) are edited one per line; blank lines are dropped. */
export function toLines(list: readonly string[]): string {
  return list.join('\n');
}

export function fromLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** The id of the grid's one sentence on how every By Whom? field offers the partner organisations as suggestions. */
export const OWNER_HINT_ID = 'owner-suggestions-hint';
/** That sentence, said once for the grid and the workshop screen. */
export const OWNER_HINT = 'Partner organisations are suggested as you type: Down arrow to pick one, Enter to take it.';
