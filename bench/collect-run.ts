/** `npm run bench:collect`: only the response-form collecting measure of `npm run bench`, for a quick look. */
import { benchCollect } from './collect.ts';

const r = await benchCollect();
console.info(
  `Collect ${r.forms} response forms: app ${r.collectApp.medianMs} ms, raw ExcelJS load ${r.loadRaw.medianMs} ms, ratio ${r.ratio} × (target ≤ 1.5)`,
);
