import type { StyleDictionary } from 'pdfmake/interfaces';

/** The one font family the report embeds (DejaVu Sans: good Latin coverage, "✓", "–", "…", arrows). */
export const REPORT_FONT = 'DejaVuSans';

/** A4 portrait, in points; the margins leave the footer its own band so no table row can run into it. */
export const PAGE = { size: 'A4', width: 595.28, margins: [48, 54, 48, 60] as [number, number, number, number] } as const;

/** Greys that print the same on any printer; colour is never the only carrier of meaning in the report. */
export const INK = { text: '#1A1A1A', muted: '#555555', rule: '#BBBBBB', bar: '#3A3A3A', barLight: '#8C8C8C', flag: '#B42318' } as const;

export const STYLES: StyleDictionary = {
  title: { fontSize: 24, bold: true, margin: [0, 0, 0, 6] },
  subtitle: { fontSize: 12, color: INK.muted, margin: [0, 0, 0, 24] },
  h1: { fontSize: 16, bold: true, margin: [0, 0, 0, 8] },
  h2: { fontSize: 12, bold: true, margin: [0, 12, 0, 4] },
  aim: { italics: true, color: INK.muted, margin: [0, 0, 0, 6] },
  label: { bold: true, color: INK.muted, fontSize: 8.5 },
  tableHeader: { bold: true, fontSize: 8.5 },
  small: { fontSize: 8, color: INK.muted },
  flag: { bold: true, color: INK.flag },
  note: { italics: true, color: INK.muted },
};
