import { z } from '../zod.ts';

/**
 * The four rating levels of every form version, by id. Apart from the instrument schema because every stored review
 * names them: the model (and so the start-up code) needs the ids, not the schema of the whole form.
 */
export const RatingLevelId = z.enum(['no-action-needed', 'no-action-in-hand', 'yes-needs-improving', 'yes-working-well']);
export type RatingLevelId = z.infer<typeof RatingLevelId>;
