import * as z from 'zod/mini';
import { en } from 'zod/locales';

/**
 * Every schema takes `z` from here. zod/mini (not classic zod) because the renderer's start-up bundle has a size
 * budget and only mini tree-shakes; but mini ships no messages, so English ones are configured once, here, before
 * any schema can parse — otherwise every problem shown to a person would read "Invalid input".
 */
z.config(en());

export { z };
