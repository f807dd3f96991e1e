import * as z from 'zod/mini';
import { en } from 'zod/locales';

/**
 * Every schema takes `z` from here. zod/mini (not classic zod) because the renderer's start-up bundle has a size
 * budget and only mini tree-shakes; but mini ships no messages, so English ones are configured once, here, before
 * any schema can parse — otherwise every problem shown to a person would read "Invalid input".
 */
z.config(en());

export { z };

/**
 * Where in a value a zod issue is, as text: zod's own dot path (`review.answers["leadership-common-vision"].rating`,
 * `reviews[1].id`), or `whole` when the issue is about the value itself. Every boundary words paths this one way.
 */
export function issuePath(path: readonly PropertyKey[], whole: string): string {
  return path.length === 0 ? whole : z.core.toDotPath(path);
}
