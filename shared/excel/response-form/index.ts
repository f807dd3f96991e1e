/** Response forms for partners: writing one per respondent and reading them back (lazy-loaded, like all of shared/excel). */
export { exportResponseForm, type Recipient } from './write.ts';
export { readResponseForm } from './read.ts';
export { RESPONDENT_LABELS } from './layout.ts';
export { exportResponseForms, responseFormNames, zipForms, type FormToSend, type WrittenForm } from './batch.ts';
