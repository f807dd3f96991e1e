/** The one British date formatter lives in shared/ so the PDF report and the command line use it too. */
export { displayDate } from '@shared/dates.ts';
