import { localDayOf } from '../clock.ts';
import type { LibrarySnapshot, ReviewBundle } from '../files/bundle.ts';
import type { Partnership, Review } from '../model/review.ts';
import type { FormToSend } from '../excel/response-form/batch.ts';

/**
 * Every writer of a file the app saves, by name: the counterpart of decoders.ts. Heavy code (ExcelJS) is imported on
 * first use, so neither the browser's start-up bundle nor the desktop main process loads it before the first
 * export. Input and output are plain data, so a shell may run these in a worker as well.
 */
export interface EncodeContext {
  /** The instant of the save, ISO 8601, stamped into the file. */
  now: string;
}

export type Encoded = Uint8Array | string;

export const encoders = {
  reviewWorkbook: async ({ bundle }: { bundle: ReviewBundle }): Promise<Uint8Array> => {
    const { exportReviewWorkbook } = await import('../excel/index.ts');
    return exportReviewWorkbook(bundle);
  },
  blankWorkbook: async (_input: Record<string, never>): Promise<Uint8Array> => {
    const { exportTemplateWorkbook } = await import('../excel/index.ts');
    return exportTemplateWorkbook();
  },
  comparisonWorkbook: async ({ partnership, reviews }: { partnership: Partnership; reviews: Review[] }): Promise<Uint8Array> => {
    const { exportComparisonWorkbook } = await import('../excel/index.ts');
    return exportComparisonWorkbook(partnership, reviews);
  },
  /** The portfolio, with "overdue" judged on the consultant's day of the save. */
  portfolioWorkbook: async ({ library }: { library: LibrarySnapshot }, ctx: EncodeContext): Promise<Uint8Array> => {
    const { exportPortfolioWorkbook } = await import('../excel/index.ts');
    return exportPortfolioWorkbook(library, { today: localDayOf(new Date(ctx.now)) });
  },
  /** One response form per respondent, as one zip (the desktop writes the same forms into a folder instead). */
  responseForms: async ({ bundle, forms }: { bundle: ReviewBundle; forms: FormToSend[] }, ctx: EncodeContext): Promise<Uint8Array> => {
    const { exportResponseForms, zipForms } = await import('../excel/response-form/index.ts');
    return zipForms(await exportResponseForms(bundle, forms, localDayOf(new Date(ctx.now))));
  },
  reviewFile: async ({ bundle }: { bundle: ReviewBundle }, ctx: EncodeContext): Promise<string> => {
    const { serializeReviewFile } = await import('../files/review-file.ts');
    return serializeReviewFile(bundle, ctx.now);
  },
  library: async ({ library }: { library: LibrarySnapshot }, ctx: EncodeContext): Promise<string> => {
    const { serializeLibrary } = await import('../files/library-file.ts');
    return serializeLibrary(library, ctx.now);
  },
  /** The PDF report is made in the page (shared/report) and checked by the contract; saving writes it as it is. */
  pdfReport: async ({ pdf }: { pdf: Uint8Array }): Promise<Uint8Array> => pdf,
} as const;

export type EncoderName = keyof typeof encoders;
export type EncoderInput<N extends EncoderName> = Parameters<(typeof encoders)[N]>[0];
export type EncodedBy<N extends EncoderName> = Awaited<ReturnType<(typeof encoders)[N]>>;
