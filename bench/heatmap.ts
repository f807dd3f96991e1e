import { launch } from './lib/browser.ts';
import { viteBuild } from './lib/build.ts';
import { serve } from './lib/serve.ts';
import { timing, type Timing } from './lib/stats.ts';

export const HEATMAP_RESPONDENTS = 60;
/** One frame at 60 Hz: the respondents' screens recompute on every edit, so this is the budget (issue 10). */
export const FRAME_MS = 16;
/**
 * One recompute takes well under a millisecond, so this measure takes more samples than the others: 3 warm-ups left
 * the first timed runs in Chromium's unoptimised tiers (medians of 5.6 and 23 ms between runs), and on a shared
 * machine a descheduled run counts whole milliseconds. 50 warm-ups let the JIT settle; the median of 61 runs is not
 * moved by the few that a busy machine interrupts.
 */
const HEATMAP_WARMUPS = 50;
const HEATMAP_RUNS = 61;

export interface HeatmapResults {
  respondents: number;
  /** Respondent rows × benchmark columns in the heat map built. */
  cells: number;
  spreadConsensusHeatmap: Timing;
}

/** Spread, consensus and the heat map of 60 respondents × 21 benchmarks, recomputed in Chromium (bench/page/heatmap.ts). */
export async function benchHeatmap(): Promise<HeatmapResults> {
  const dir = await viteBuild('bench/page', 'page-heatmap');
  const server = await serve(dir);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
    const { times, cells } = await page.evaluate(([n, w, r]) => window.bench.heatmap(n, w, r), [
      HEATMAP_RESPONDENTS,
      HEATMAP_WARMUPS,
      HEATMAP_RUNS,
    ] as const);
    if (cells !== HEATMAP_RESPONDENTS * 21) throw new Error(`the heat map has ${cells} cells, not ${HEATMAP_RESPONDENTS} × 21`);
    return { respondents: HEATMAP_RESPONDENTS, cells, spreadConsensusHeatmap: timing(times) };
  } finally {
    await browser.close();
    await server.close();
  }
}

// `npx tsx bench/heatmap.ts` runs this measure alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await benchHeatmap();
  console.info(JSON.stringify(result, null, 2));
}
