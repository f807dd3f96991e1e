import type { Bridge } from '@shared/bridge/contract.ts';
import type { Notices } from '../state/dialogs.svelte.ts';
import type { LibraryStore } from '../store/library-store.ts';

/**
 * "Export portfolio to Excel": the whole library goes to the workbook writer (shared/excel/portfolio/), which works
 * out the portfolio and every partnership's actions from the reviews themselves. Loaded on first use.
 */
export async function exportPortfolio(app: { store: LibraryStore; bridge: Bridge; notices: Notices }): Promise<void> {
  const library = await app.store.snapshot();
  const result = await app.bridge['excel:exportPortfolio']({ library });
  if (!result.ok) app.notices.error(`Could not export the portfolio: ${result.error.message}`);
  else if (result.value.status === 'saved') app.notices.info(`Saved ${result.value.name}.`);
}
