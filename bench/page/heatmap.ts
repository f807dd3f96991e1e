import { currentInstrument } from '@shared/instrument/catalogue.ts';
import { heatmapOf } from '@shared/respondents/heatmap.ts';
import { meanConsensus, spreadOf } from '@shared/respondents/spread.ts';
import { reviewWithRespondents } from '../lib/respondents.ts';

/**
 * What the respondents' screens recompute after each edit (issue 10, "under one frame"): every benchmark's spread and
 * consensus, each section's and the overall mean consensus, and the heat map sorted by consensus — timed in the page,
 * synchronously, as the screen does it. Each run first makes an edit as the review editor does (a new respondents
 * list with one rating changed), so nothing computed for the previous run can be reused.
 */
export function heatmapSamples(respondents: number, warmups: number, runs: number): { times: number[]; cells: number } {
  const base = reviewWithRespondents(respondents);
  const benchmarks = currentInstrument.sections.flatMap((s) => s.benchmarks);
  const levels = currentInstrument.ratingLevels.map((l) => l.id);
  let review = base;
  let edits = 0;
  const edit = () => {
    edits += 1;
    const who = edits % base.respondents.length;
    const benchmark = benchmarks[edits % benchmarks.length]!.id;
    review = {
      ...base,
      respondents: base.respondents.map((r, i) =>
        i === who ? { ...r, ratings: { ...r.ratings, [benchmark]: levels[edits % levels.length]! } } : r,
      ),
    };
  };
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
  for (let i = 0; i < warmups; i += 1) {
    edit();
    once();
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    edit();
    const started = performance.now();
    once();
    times.push(performance.now() - started);
  }
  return { times, cells };
}
