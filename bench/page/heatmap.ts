import { currentInstrument } from '@shared/instrument/catalogue.ts';
import { heatmapOf } from '@shared/respondents/heatmap.ts';
import { meanConsensus, spreadOf } from '@shared/respondents/spread.ts';
import { reviewWithRespondents } from '../lib/respondents.ts';

/**
 * What the respondents' screens recompute after each edit (issue 10, "under one frame"): every benchmark's spread and
 * consensus, each section's and the overall mean consensus, and the heat map sorted by consensus — timed in the page,
 * synchronously, as the screen does it.
 */
export function heatmapSamples(respondents: number, warmups: number, runs: number): { times: number[]; cells: number } {
  const review = reviewWithRespondents(respondents);
  let cells = 0;
  const once = () => {
    const sections = currentInstrument.sections.map((s) =>
      s.benchmarks.map((b) => spreadOf(review.respondents.map((r) => r.ratings[b.id]))),
    );
    meanConsensus(sections.flat());
    for (const spreads of sections) meanConsensus(spreads);
    const map = heatmapOf(review, currentInstrument, { sortByConsensus: true });
    cells = map.groups.reduce((n, g) => n + g.rows.length, 0) * map.columns.length;
  };
  for (let i = 0; i < warmups; i += 1) once();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    once();
    times.push(performance.now() - started);
  }
  return { times, cells };
}
