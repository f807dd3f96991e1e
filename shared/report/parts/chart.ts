import type { CanvasElement, Content } from 'pdfmake/interfaces';
import { INK } from '../style.ts';

export interface Bar {
  label: string;
  /** 0–100, or null when nothing is rated: no bar, and the value says so in words. */
  value: number | null;
  emphasis?: boolean;
}

const BAR_WIDTH = 260;
const BAR_HEIGHT = 12;
const TICKS = [0, 25, 50, 75, 100];

/**
 * A horizontal bar chart drawn as vector shapes (pdfmake canvas), one row per bar: the label and the value are real
 * text beside the bar, so the chart reads in greyscale, on a photocopy and to a screen reader or pdftotext.
 */
export function barChart(bars: readonly Bar[]): Content {
  const grid: CanvasElement[] = TICKS.map((t) => ({
    type: 'line',
    x1: (t / 100) * BAR_WIDTH,
    y1: 0,
    x2: (t / 100) * BAR_WIDTH,
    y2: BAR_HEIGHT + 4,
    lineWidth: 0.5,
    lineColor: INK.rule,
  }));
  const row = (bar: Bar): Content[] => [
    { text: bar.label, bold: bar.emphasis === true, margin: [0, 2, 0, 0] },
    {
      canvas: [
        ...grid,
        ...(bar.value === null
          ? []
          : [
              {
                type: 'rect',
                x: 0,
                y: 2,
                w: Math.max(0.5, (bar.value / 100) * BAR_WIDTH),
                h: BAR_HEIGHT,
                color: bar.emphasis ? INK.bar : INK.barLight,
              } as CanvasElement,
            ]),
      ],
    },
    { text: bar.value === null ? '–' : String(bar.value), bold: bar.emphasis === true, alignment: 'right', margin: [0, 2, 0, 0] },
  ];
  const scale: Content[] = [
    { text: '' },
    {
      // Each label ends at its gridline; "0" starts at the first.
      columns: [
        { text: '0', width: BAR_WIDTH / 8, alignment: 'left', style: 'small' },
        ...TICKS.slice(1).map((t, i) => ({
          text: String(t),
          width: BAR_WIDTH / (i === 0 ? 8 : 4),
          alignment: 'right' as const,
          style: 'small',
        })),
      ],
      columnGap: 0,
    },
    { text: 'index', style: 'small', alignment: 'right' },
  ];
  return {
    table: { widths: [150, BAR_WIDTH, '*'], body: [...bars.map(row), scale] },
    layout: 'noBorders',
  };
}
