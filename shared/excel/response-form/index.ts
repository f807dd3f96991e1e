/** Response forms for partners: writing one per respondent and reading them back (lazy-loaded, like all of shared/excel). */
export { exportResponseForm } from './write.ts';
export { readResponseForm } from './read.ts';
export { exportResponseForms, zipForms } from './batch.ts';
