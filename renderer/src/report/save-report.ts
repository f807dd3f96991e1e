import { messageOf } from '@shared/message.ts';
import type { AppState } from '../state/app.svelte.ts';
import type { ReportSubject } from './subject.svelte.ts';

/**
 * Makes the report and hands it to the bridge; the outcome becomes a notice. One path for the buttons and the
 * native menu. pdfmake and the font are fetched here, on the first report, never with the app.
 */
export async function saveReport(app: Pick<AppState, 'bridge' | 'notices'>, subject: () => Promise<ReportSubject | null>): Promise<void> {
  try {
    const chosen = await subject();
    if (!chosen) return;
    const { makeReport } = await import('./make-report.ts');
    const saved = await app.bridge['report:save'](await makeReport(chosen.partnership, chosen.review, chosen.earlier));
    if (!saved.ok)
      app.notices.error(
        `Could not save the report: ${saved.error.message}`,
        saved.error.problems?.map((p) => `${p.where}: ${p.message}`),
      );
    else if (saved.value.status === 'saved') app.notices.info(`Saved ${saved.value.name}.`);
  } catch (error) {
    app.notices.error(`Could not make the report: ${messageOf(error)}`);
  }
}
