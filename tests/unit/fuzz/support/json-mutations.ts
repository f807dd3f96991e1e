import fc from 'fast-check';
import { hostileJson, str, type Txt } from './hostile-values.ts';

/**
 * Mutations of a portable JSON file, described as data so that fast-check can shrink a failure to the smallest
 * mutation list and print it. Structural ones work on the parsed value (a path picked by index); textual ones work on
 * the characters, where truncation and stray bytes live.
 */
export type JsonMutation =
  | { kind: 'set'; at: number; json: Txt }
  | { kind: 'delete'; at: number }
  | { kind: 'add-key'; at: number; key: string; json: Txt }
  | { kind: 'duplicate-entry'; at: number }
  | { kind: 'truncate'; keep: number }
  | { kind: 'replace-char'; at: number; char: string }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'bom' }
  | { kind: 'duplicate-key'; key: string; json: Txt };

type Path = (string | number)[];

function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...path, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, k], out);
  return out;
}

function containers(value: unknown): Path[] {
  return pathsOf(value).filter((p) => {
    const v = get(value, p);
    return v !== null && typeof v === 'object';
  });
}

function get(root: unknown, path: Path): unknown {
  let at = root;
  for (const key of path) at = (at as Record<string | number, unknown>)[key];
  return at;
}

const PLACEHOLDER = '"\u0000fuzz-placeholder\u0000"';

/** Applies one structural mutation, returning the new JSON text. Raw JSON is spliced in as text, unparsed. */
function structural(text: string, m: Extract<JsonMutation, { at: number }>): string {
  const root: unknown = JSON.parse(text);
  if (m.kind === 'set') {
    const paths = pathsOf(root);
    const path = paths[m.at % paths.length]!;
    if (path.length === 0) return str(m.json);
    const parent = get(root, path.slice(0, -1)) as Record<string | number, unknown>;
    parent[path[path.length - 1]!] = '\u0000fuzz-placeholder\u0000';
    return JSON.stringify(root, null, 2).replace(PLACEHOLDER, () => str(m.json));
  }
  if (m.kind === 'delete') {
    const paths = pathsOf(root).filter((p) => p.length > 0);
    const path = paths[m.at % paths.length]!;
    const parent = get(root, path.slice(0, -1));
    const key = path[path.length - 1]!;
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete (parent as Record<string, unknown>)[key];
    return JSON.stringify(root, null, 2);
  }
  const holders = containers(root);
  const holder = get(root, holders[m.at % holders.length]!) as Record<string, unknown> | unknown[];
  if (m.kind === 'add-key') {
    if (Array.isArray(holder)) holder.push('\u0000fuzz-placeholder\u0000');
    else holder[m.key] = '\u0000fuzz-placeholder\u0000';
    return JSON.stringify(root, null, 2).replace(PLACEHOLDER, () => str(m.json));
  }
  // duplicate-entry: an array's first item again, e.g. the same review twice in a backup (objects are left alone:
  // a repeated key is a textual mutation, below).
  if (Array.isArray(holder) && holder.length > 0) holder.push(structuredClone(holder[0]));
  return JSON.stringify(root, null, 2);
}

export function applyJsonMutations(text: string, mutations: readonly JsonMutation[]): string {
  let out = text;
  for (const m of mutations) {
    switch (m.kind) {
      case 'truncate':
        out = out.slice(0, m.keep % (out.length + 1));
        break;
      case 'replace-char': {
        const i = m.at % Math.max(1, out.length);
        out = out.slice(0, i) + m.char + out.slice(i + 1);
        break;
      }
      case 'insert': {
        const i = m.at % (out.length + 1);
        out = out.slice(0, i) + m.text + out.slice(i);
        break;
      }
      case 'bom':
        out = `\uFEFF${out}`;
        break;
      case 'duplicate-key': {
        const open = out.indexOf('{');
        if (open >= 0) out = `${out.slice(0, open + 1)}${JSON.stringify(m.key)}: ${str(m.json)},${out.slice(open + 1)}`;
        break;
      }
      default: {
        // Once the text no longer parses, structural mutations have nothing to hold on to: keep it as it is. A text
        // already made huge or deep by an earlier mutation is left too: re-serialising it costs the fuzzer seconds.
        if (out.length > 150_000) break;
        try {
          out = structural(out, m);
        } catch {
          /* not JSON any more */
        }
      }
    }
  }
  return out;
}

const keyName = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'format',
    'formatVersion',
    'savedAt',
    'id',
    'answers',
    'rating',
    'leadership-common-vision',
    'leadership',
  ),
  fc.string({ maxLength: 12 }),
);

export const jsonMutation: fc.Arbitrary<JsonMutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('set' as const), at: fc.nat(), json: hostileJson }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('add-key' as const), at: fc.nat(), key: keyName, json: hostileJson }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('duplicate-entry' as const), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('truncate' as const), keep: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('replace-char' as const),
      at: fc.nat(),
      char: fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ maxLength: 8, unit: 'binary' }) }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'bom' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate-key' as const), key: keyName, json: hostileJson }) },
);

export const jsonMutations = fc.array(jsonMutation, { minLength: 1, maxLength: 4 });

/** Short labels for counting which kinds ran, reported at the end of each property. */
export function describeJson(mutations: readonly JsonMutation[]): string[] {
  return mutations.map((m) => m.kind);
}
